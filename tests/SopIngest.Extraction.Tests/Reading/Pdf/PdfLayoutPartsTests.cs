using SopIngest.Core.Layout;
using SopIngest.Extraction.Reading.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace SopIngest.Extraction.Tests.Reading.Pdf;

/// <summary>The table and paragraph pieces on their own, with inputs the writer-based tests do not produce.</summary>
public sealed class PdfLayoutPartsTests
{
    private static readonly PdfTextReaderOptions Options = PdfTextReaderOptions.Default;

    [Theory]
    [InlineData("- SK Tim", true)]
    [InlineData("• Undangan", true)]
    [InlineData("1. Menerima berkas", true)]
    [InlineData("12) Memeriksa", true)]
    [InlineData("a. Surat", true)]
    [InlineData("(b) Nota dinas", true)]
    [InlineData("dan jadwal rapat", false)]
    [InlineData("1.5 jam", false)]
    [InlineData("-", true)]
    [InlineData("Surat-menyurat", false)]
    public void Recognises_list_markers(string line, bool expected) =>
        Assert.Equal(expected, CellParagraphs.StartsWithListMarker(line));

    [Fact]
    public void A_blank_line_gap_starts_a_new_paragraph()
    {
        WordLine Line(string text, double baseline) => new([new PageWord(text, new Box(0, baseline - 7, 50, baseline), baseline, 9, false)]);

        var paragraphs = CellParagraphs.Split([Line("Berkas", 10), Line("lengkap", 21), Line("Catatan", 45)], Options.ParagraphGapFactor);

        Assert.Equal(["Berkas lengkap", "Catatan"], paragraphs);
    }

    [Fact]
    public void Thin_filled_bars_are_rulings_but_shaded_cells_and_clips_are_not()
    {
        var bar = Path(p => p.Rectangle(10, 100, 200, 0.8), filled: true);
        var post = Path(p => p.Rectangle(10, 100, 1, 60), filled: true);
        var shading = Path(p => p.Rectangle(10, 100, 200, 40), filled: true);
        var clip = Path(p => p.Rectangle(10, 100, 200, 0), filled: false);
        clip.SetClipping(FillingRule.NonZeroWinding);

        var rulings = RulingExtractor.Extract([bar, post, shading, clip], 800, Options);

        Assert.Equal(2, rulings.Count);
        Assert.True(rulings[0].Horizontal);
        Assert.Equal(699.6, rulings[0].Position, 3); // 800 - 100.4: the bar's centre, measured from the top
        Assert.Equal((10, 210), (rulings[0].Start, rulings[0].End));
        Assert.False(rulings[1].Horizontal);
        Assert.Equal((640, 700), (rulings[1].Start, rulings[1].End));
    }

    [Fact]
    public void Open_sided_table_keeps_its_rows()
    {
        // Three horizontal rules and one inner vertical: no outer borders, as many ministry templates are drawn.
        Ruling[] rulings = [new(true, 100, 0, 300), new(true, 120, 0, 300), new(true, 140, 0, 300), new(false, 100, 100, 140)];

        var grid = Assert.Single(TableGridBuilder.Build(rulings, Options.RulingSnapTolerance));

        Assert.Equal(new Box(0, 100, 300, 140), grid.Box);
        Assert.Equal([(0, 0), (0, 1), (1, 0), (1, 1)], grid.Cells.Select(c => (c.Row, c.Column)));
    }

    [Fact]
    public void A_single_ruled_box_is_a_frame_not_a_table()
    {
        Ruling[] box = [new(true, 10, 10, 100), new(true, 50, 10, 100), new(false, 10, 10, 50), new(false, 100, 10, 50)];
        Assert.Empty(TableGridBuilder.Build(box, Options.RulingSnapTolerance));
    }

    private static PdfPath Path(Action<PdfSubpath> draw, bool filled)
    {
        var subpath = new PdfSubpath();
        draw(subpath);
        var path = new PdfPath { subpath };
        if (filled) path.SetFilled(FillingRule.NonZeroWinding);
        return path;
    }
}
