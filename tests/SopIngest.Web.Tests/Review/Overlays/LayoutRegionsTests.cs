using SopIngest.Core.Layout;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Ocr.Reading;
using SopIngest.Ocr.Tesseract;
using SopIngest.Web.Review.Overlays;
using UglyToad.PdfPig;

namespace SopIngest.Web.Tests.Review.Overlays;

public sealed class LayoutRegionsTests
{
    /// <summary>The corpus PDF's page 1 words as a reader that keeps word boxes gives them (points, y down).</summary>
    private static LayoutPage WordsPage()
    {
        using var pdf = PdfDocument.Open(CorpusLayout.PdfPath);
        var page = pdf.GetPage(1);
        var words = page.GetWords()
            .Select(w => new Word(w.Text, new Box(w.BoundingBox.Left, page.Height - w.BoundingBox.Top, w.BoundingBox.Right, page.Height - w.BoundingBox.Bottom)))
            .ToList();
        return new LayoutPage(1, [new TextLine(string.Join(" ", words.Select(w => w.Text)), words.Aggregate(words[0].Box, (b, w) => b.Union(w.Box)), false, words)],
            page.Width, page.Height);
    }

    [Fact]
    public void Overlay_CarriesEveryRecognisedWordWithItsBoxAndConfidence()
    {
        var page = WordsPage();
        var words = page.Blocks.OfType<TextLine>().Single().Words!;

        var overlay = LayoutRegions.Overlay(page);

        Assert.Equal(words.Count, overlay.Words.Count);
        Assert.All(words.Zip(overlay.Words), p =>
        {
            Assert.Equal(p.First.Text, p.Second.Text);
            Assert.Equal((p.First.Box.Left, p.First.Box.Top, p.First.Box.Width, p.First.Box.Height), (p.Second.X, p.Second.Y, p.Second.W, p.Second.H));
            Assert.Equal(p.First.Confidence, p.Second.Confidence);
        });
        Assert.Equal("line", Assert.Single(overlay.Regions).Kind);
    }

    [Theory]
    [InlineData(90, 0)]
    [InlineData(270, 1.5)]
    [InlineData(0, -2)]
    public void Overlay_OfAPageReadTurned_HasTheScansSize_AndAMatrixLayingWhatWasReadOntoIt(int rotation, double skew)
    {
        var page = WordsPage() with { Rotation = rotation, Skew = skew };

        var overlay = LayoutRegions.Overlay(page);

        Assert.Equal((page.ScanWidth, page.ScanHeight), (overlay.Width, overlay.Height));
        var m = overlay.Transform!;
        // SVG's matrix(a b c d e f) maps (x, y) to (a x + c y + e, b x + d y + f): the reader's own map, point for point.
        foreach (var word in page.Blocks.OfType<TextLine>().Single().Words!.Take(20))
        {
            var (x, y) = (word.Box.Left, word.Box.Top);
            var (sx, sy) = page.ToScan(x, y);
            Assert.Equal(sx, m[0] * x + m[2] * y + m[4], 3);
            Assert.Equal(sy, m[1] * x + m[3] * y + m[5], 3);
        }
    }

    [Fact]
    public void Overlay_OfAPageReadAsItLies_HasNoMatrix() => Assert.Null(LayoutRegions.Overlay(WordsPage()).Transform);

    [Fact]
    public void Overlay_OfAnOcrdScan_ColoursItsWordsByConfidence_AndDrawsItsTracedArrowsBetweenSymbols()
    {
        using var reader = new OcrDocumentReader(new TesseractOcrEngineFactory(), new OcrReaderOptions(), new PdfTextReader());
        var scan = reader.Read(Path.Combine(Path.GetDirectoryName(CorpusLayout.PdfPath)!, "synth-1-000.pdf"));
        var page = scan.Pages.First(p => p.Blocks.OfType<Table>().Any(t => t.Arrows is { Count: > 0 }));
        var table = page.Blocks.OfType<Table>().First(t => t.Arrows is { Count: > 0 });

        var overlay = LayoutRegions.Overlay(page);

        var cellWords = page.Blocks.OfType<Table>().SelectMany(t => t.Cells).Sum(c => c.Words?.Count ?? 0);
        var lineWords = page.Blocks.OfType<TextLine>().Sum(l => l.Words?.Count ?? 0);
        Assert.True(cellWords > 50, $"{cellWords} words in the cells of page {page.Number}");
        Assert.Equal(cellWords + lineWords, overlay.Words.Count);
        Assert.Contains(overlay.Words, w => w.Confidence < 0.9); // a scan is read with doubts, and they show
        Assert.Equal(table.Arrows!.Count, overlay.Arrows.Count);
        var symbols = overlay.Regions.Where(r => r.Kind == "shape").ToList();
        Assert.All(overlay.Arrows, a =>
        {
            Assert.Contains(symbols, s => On(s, a.X1, a.Y1));
            Assert.Contains(symbols, s => On(s, a.X2, a.Y2));
        });
    }

    /// <summary>The point lies on the region's outline or inside it (to a point's rounding).</summary>
    private static bool On(OverlayRegion r, double x, double y) =>
        x >= r.X - 0.5 && x <= r.X + r.W + 0.5 && y >= r.Y - 0.5 && y <= r.Y + r.H + 0.5;

    [Fact]
    public void Overlay_OfAReaderLayoutWithoutWordBoxes_HasNoWords_ButEveryCell()
    {
        var page = CorpusLayout.Read().Pages.Single(p => p.Number == 1);

        var overlay = LayoutRegions.Overlay(page);

        Assert.Empty(overlay.Words);
        Assert.Equal(page.Blocks.OfType<Table>().Sum(t => t.Cells.Count), overlay.Regions.Count(r => r.Kind == "cell"));
    }
}
