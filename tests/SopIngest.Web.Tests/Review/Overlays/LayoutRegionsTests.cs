using SopIngest.Core.Layout;
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

    [Fact]
    public void Overlay_OfAReaderLayoutWithoutWordBoxes_HasNoWords_ButEveryCell()
    {
        var page = CorpusLayout.Read().Pages.Single(p => p.Number == 1);

        var overlay = LayoutRegions.Overlay(page);

        Assert.Empty(overlay.Words);
        Assert.Equal(page.Blocks.OfType<Table>().Sum(t => t.Cells.Count), overlay.Regions.Count(r => r.Kind == "cell"));
    }
}
