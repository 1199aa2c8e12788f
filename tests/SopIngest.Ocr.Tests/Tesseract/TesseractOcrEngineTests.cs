using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Ocr.Recognition;
using SopIngest.Ocr.Tesseract;

namespace SopIngest.Ocr.Tests.Tesseract;

public sealed class TesseractOcrEngineTests : IClassFixture<OcrEngineFixture>
{
    private static readonly string[] Lines =
    [
        "PEMERINTAH KOTA BONTANG", "DINAS KETENAGAKERJAAN", "MENERIMA SURAT PERMOHONAN",
        "MEMERIKSA KELENGKAPAN BERKAS", "MENYUSUN DRAF KEPUTUSAN", "MENYERAHKAN KEPADA KEPALA",
    ];

    private readonly TesseractOcrEngine _engine;

    public TesseractOcrEngineTests(OcrEngineFixture fixture) => _engine = fixture.Engine;

    [Fact]
    public void Recognize_ReadsRuledTableIntoCells_WithBoxesAndConfidences()
    {
        using var image = TestImages.Table("DAFTAR KEGIATAN", [["No", "Kegiatan", "Waktu"], ["1", "Menerima surat", "15 menit"], ["2", "Memeriksa berkas", "1 hari"]]);
        using var page = new PageImage(1, image.Clone(), 300, 0.5);

        var result = _engine.Recognize(page);

        var table = Assert.Single(result.Layout.Blocks.OfType<Table>());
        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("Kegiatan", table.Row(0)[1].Text);
        Assert.Equal("1", table.Row(1)[0].Text);
        Assert.Equal("Menerima surat", table.Row(1)[1].Text);
        Assert.Equal("1 hari", table.Row(2)[2].Text);
        // Cell boxes in page units (half a pixel each here): the first column starts at the drawn rule, x = 80 px.
        Assert.InRange(table.Row(1)[0].Box!.Left, 38, 42);
        Assert.All(table.Cells, c => Assert.InRange(c.Confidence, 0.5, 1));
        var title = Assert.Single(result.Layout.Blocks.OfType<TextLine>());
        Assert.Equal("DAFTAR KEGIATAN", title.Text);
        Assert.True(result.Layout.Blocks[0] is TextLine, "the title above the table comes first");
        var cell = Assert.Single(table.Cells, c => c.Row == 1 && c.Column == 1);
        Assert.Equal(["Menerima", "surat"], cell.Words!.Select(w => w.Text));
        Assert.All(cell.Words!, w => Assert.True(w.Box.Left >= table.Row(1)[1].Box!.Left && w.Box.Right <= table.Row(1)[1].Box!.Right));
    }

    [Theory]
    [InlineData(RotateFlags.Rotate90Clockwise)]
    [InlineData(RotateFlags.Rotate180)]
    [InlineData(RotateFlags.Rotate90Counterclockwise)]
    public void Recognize_TurnsPageUpright(RotateFlags turn)
    {
        using var upright = TextPage(Lines);
        using var turned = new Mat();
        Cv2.Rotate(upright, turned, turn);
        using var page = new PageImage(1, turned.Clone(), 150, 1);

        var result = _engine.Recognize(page);

        var text = string.Join("\n", result.Layout.Blocks.OfType<TextLine>().Select(l => l.Text));
        Assert.Contains("PEMERINTAH KOTA BONTANG", text);
        Assert.Contains("MENYUSUN DRAF KEPUTUSAN", text);
        Assert.Equal((upright.Width, upright.Height), ((int)result.Layout.Width, (int)result.Layout.Height));
    }

    [Fact]
    public void Recognize_RemovesSkew()
    {
        using var upright = TextPage(Lines);
        using var m = Cv2.GetRotationMatrix2D(new Point2f(upright.Width / 2f, upright.Height / 2f), 2.5, 1);
        using var skewed = new Mat();
        Cv2.WarpAffine(upright, skewed, m, upright.Size(), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.All(255));
        using var page = new PageImage(1, skewed.Clone(), 150, 1);

        var result = _engine.Recognize(page);

        Assert.InRange(result.Skew, -2.8, -2.2);
        var text = string.Join("\n", result.Layout.Blocks.OfType<TextLine>().Select(l => l.Text));
        Assert.Contains("MEMERIKSA KELENGKAPAN BERKAS", text);
    }

    /// <summary>An A4 page at 150 dpi with lines of print, light falling off towards one side, and a stamp-like blob in the margin.</summary>
    private static Mat TextPage(string[] lines)
    {
        var page = new Mat(1754, 1240, MatType.CV_8UC1, Scalar.All(255));
        for (var i = 0; i < lines.Length; i++)
            Cv2.PutText(page, lines[i], new Point(120, 200 + i * 80), HersheyFonts.HersheyDuplex, 1.2, Scalar.All(0), 2, LineTypes.AntiAlias);
        Cv2.Circle(page, new Point(1215, 1700), 18, Scalar.All(40), -1);
        return page;
    }
}
