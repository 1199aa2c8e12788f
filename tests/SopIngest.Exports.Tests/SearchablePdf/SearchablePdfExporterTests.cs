using SopIngest.Core.Layout;
using SopIngest.Exports.SearchablePdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using PdfWord = UglyToad.PdfPig.Content.Word;

namespace SopIngest.Exports.Tests.SearchablePdf;

public sealed class SearchablePdfExporterTests
{
    private const int ProcedurePage = 2;

    [Fact]
    public void Export_PutsEveryWordInvisiblyAtItsBox_OverThePageImage()
    {
        var layout = CorpusScan.WordsPage(ProcedurePage);
        var image = CorpusScan.PageJpeg(ProcedurePage);

        var bytes = new SearchablePdfExporter().Export([new SearchablePage(image, ScanImageFormat.Jpeg, layout)]);

        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        Assert.Equal((layout.Width, layout.Height), (page.Width, page.Height));
        var scan = Assert.Single(page.GetImages());
        Assert.Equal(image.Length, scan.RawBytes.Length);
        Assert.Equal(new PdfRectangle(0, 0, page.Width, page.Height), scan.Bounds);
        Assert.All(page.Letters, l => Assert.Equal(TextRenderingMode.Neither, l.RenderingMode));
        var written = page.GetWords().ToList();
        var expected = layout.Blocks.OfType<TextLine>().Single().Words!;
        var missed = expected.Where(w => !written.Any(o => o.Text == w.Text && Covers(w.Box, o, page.Height))).Select(w => w.Text).ToList();
        Assert.True(expected.Count > 200, $"only {expected.Count} words on the corpus page");
        Assert.Empty(missed);
    }

    [Fact]
    public void Export_LaysACellsTextOverTheCell_WhenTheReaderKeptNoWordBoxes()
    {
        var layout = CorpusScan.ReaderPage(ProcedurePage);

        var bytes = new SearchablePdfExporter().Export([new SearchablePage(CorpusScan.PageJpeg(ProcedurePage), ScanImageFormat.Jpeg, layout)]);

        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        var cells = layout.Blocks.OfType<Table>().SelectMany(t => t.Cells).Where(c => !c.IsEmpty).ToList();
        // Poppler's text extraction, which drops letters it finds overlapping, gets every word of every cell back
        // (as many times as the cells hold it; its reading order may join neighbouring cells' lines).
        var extracted = Tokens(CorpusScan.PdfToText(bytes));
        var written = Tokens(string.Join("\n", cells.Select(c => SearchablePdfExporter.WinAnsi(c.Text))));
        var missing = written.Where(t => extracted.GetValueOrDefault(t.Key) < t.Value).Select(t => t.Key).ToList();
        Assert.Empty(missing);
        var activity = cells.First(c => c.Text.StartsWith("Mencermati DIPA-POK", StringComparison.Ordinal));
        var first = page.GetWords().First(w => w.Text == "Mencermati");
        Assert.True(Inside(activity.Box!, first, page.Height), $"'Mencermati' at {first.BoundingBox} is outside its cell {activity.Box}");
    }

    [Fact]
    public void Export_LaysWordsBackOverTheScanAsItIs_WhenThePageWasReadDeskewed()
    {
        // Read straightened by 2° (anticlockwise): on the scan, a word right of the centre sits lower.
        var straight = CorpusScan.WordsPage(ProcedurePage);
        var turned = straight with { Skew = 2 };
        var word = straight.Blocks.OfType<TextLine>().Single().Words!.MaxBy(w => w.Box.Right)!;

        var bytes = new SearchablePdfExporter().Export([new SearchablePage(CorpusScan.PageJpeg(ProcedurePage), ScanImageFormat.Jpeg, turned)]);

        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        var written = page.GetWords().Where(w => w.Text == word.Text).MinBy(w => Math.Abs(w.BoundingBox.Left - word.Box.Left))!;
        var (cx, cy) = (straight.Width / 2, straight.Height / 2);
        var (x, y) = ((word.Box.Left + word.Box.Right) / 2 - cx, (word.Box.Top + word.Box.Bottom) / 2 - cy);
        var a = 2 * Math.PI / 180;
        var expectedY = cy + x * Math.Sin(a) + y * Math.Cos(a);
        var writtenY = page.Height - (written.BoundingBox.Top + written.BoundingBox.Bottom) / 2;
        Assert.True(expectedY > (word.Box.Top + word.Box.Bottom) / 2 + 1, "a word right of the centre should move down");
        Assert.InRange(writtenY, expectedY - 1.5, expectedY + 1.5);
    }

    [Fact]
    public void Export_OfAPageReadSideways_HasTheScansShape_AndPutsWordsWhereTheyLieOnIt()
    {
        // A landscape page as read from a portrait scan turned a quarter clockwise to be read.
        var read = CorpusScan.WordsPage(ProcedurePage) with { Rotation = 90 };
        var word = read.Blocks.OfType<TextLine>().Single().Words!.MinBy(w => w.Box.Left + w.Box.Top)!;

        var bytes = new SearchablePdfExporter().Export([new SearchablePage(CorpusScan.PageJpeg(ProcedurePage), ScanImageFormat.Jpeg, read)]);

        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        Assert.Equal((read.Height, read.Width), (page.Width, page.Height));
        // The top-left word of what was read lies at the scan's bottom-left.
        var (x, y) = read.ToScan((word.Box.Left + word.Box.Right) / 2, (word.Box.Top + word.Box.Bottom) / 2);
        var written = page.GetWords().Where(w => w.Text == word.Text).MinBy(w => Math.Abs(w.BoundingBox.Centroid.X - x))!;
        Assert.InRange(written.BoundingBox.Centroid.X, x - 1.5, x + 1.5);
        Assert.InRange(page.Height - written.BoundingBox.Centroid.Y, y - 1.5, y + 1.5);
        Assert.True(y > page.Height / 2, "the top-left of the page as read is low on the scan");
    }

    [Fact]
    public void WinAnsi_KeepsIndonesianText_AndFoldsWhatHelveticaCannotShow()
    {
        Assert.Equal("Kepala Dinas \"Koperasi\" - 15 menit", SearchablePdfExporter.WinAnsi("Kepala Dinas “Koperasi” – 15 menit"));
        Assert.Equal("Peringatan: café ?", SearchablePdfExporter.WinAnsi("Peringatan: café ✓"));
    }

    private static Dictionary<string, int> Tokens(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The written word's middle lies in the layout box (y down) it was placed at.</summary>
    private static bool Covers(Box box, PdfWord word, double pageHeight)
    {
        var x = (word.BoundingBox.Left + word.BoundingBox.Right) / 2;
        var y = pageHeight - (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2;
        return x >= box.Left - 1 && x <= box.Right + 1 && y >= box.Top - 1 && y <= box.Bottom + 1
            && Math.Abs(word.BoundingBox.Width - box.Width) <= Math.Max(1, box.Width * 0.1);
    }

    private static bool Inside(Box box, PdfWord word, double pageHeight) =>
        word.BoundingBox.Left >= box.Left - 1 && word.BoundingBox.Right <= box.Right + 1
        && pageHeight - word.BoundingBox.Top >= box.Top - 1 && pageHeight - word.BoundingBox.Bottom <= box.Bottom + 1;
}
