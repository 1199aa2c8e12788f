using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Ocr.Recognition;
using SopIngest.Ocr.Tesseract;
using SopIngest.Ocr.Tests.Tesseract;

namespace SopIngest.Ocr.Tests.Tables;

/// <summary>A lane name wider than its narrow column runs over the column line; the cell still reads it whole.</summary>
public sealed class OverflowingTextTests(OcrEngineFixture fixture) : IClassFixture<OcrEngineFixture>
{
    private const int CellWidth = 380;
    private const int Left = 80;
    private const int Top = 220;
    private const HersheyFonts Font = HersheyFonts.HersheyDuplex;

    private readonly TesseractOcrEngine _engine = fixture.Engine;

    [Fact]
    public void Recognize_ReadsAWordThatRunsOverTheColumnLine_IntoItsOwnCell()
    {
        using var image = TestImages.Table("DAFTAR PELAKSANA", [[" ", " ", " "], ["1", "Menerima", "Memeriksa"]], CellWidth);
        // Starts inside the first column and ends 45 px past its line; the neighbour's own name starts well clear of it.
        var word = "PENGADMINISTRASI";
        var width = Cv2.GetTextSize(word, Font, 1.3, 2, out _).Width;
        Draw(image, word, Left + CellWidth + 45 - width);
        Draw(image, "KEPALA", Left + CellWidth + 150);
        using var page = new PageImage(1, image.Clone(), 300, 1);

        var table = Assert.Single(_engine.Recognize(page).Layout.Blocks.OfType<Table>());

        Assert.Equal(word, table.Row(0)[0].Text);
        Assert.Equal("KEPALA", table.Row(0)[1].Text);
        Assert.Equal("Menerima", table.Row(1)[1].Text);
    }

    [Fact]
    public void Recognize_LeavesANeighboursNameThatStartsByTheLine_InTheNeighboursCell()
    {
        using var image = TestImages.Table("DAFTAR PELAKSANA", [[" ", " ", " "], ["1", "Menerima", "Memeriksa"]], CellWidth);
        Draw(image, "SEKRETARIS", Left + 30);
        // Nearly as wide as its column, centred: it starts a few pixels after the line, so ink lies close on both sides.
        Draw(image, "BENDAHARA", Left + CellWidth + 6, lower: 10);
        using var page = new PageImage(1, image.Clone(), 300, 1);

        var table = Assert.Single(_engine.Recognize(page).Layout.Blocks.OfType<Table>());

        Assert.Equal("SEKRETARIS", table.Row(0)[0].Text);
        Assert.Equal("BENDAHARA", table.Row(0)[1].Text);
    }

    private static void Draw(Mat image, string text, int x, int lower = 0) =>
        Cv2.PutText(image, text, new Point(x, Top + 70 + lower), Font, 1.3, Scalar.All(0), 2, LineTypes.AntiAlias);
}
