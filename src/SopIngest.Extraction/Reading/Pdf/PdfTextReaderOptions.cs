namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// Tuning for <see cref="PdfTextReader"/>. All distances are in PDF points (1/72 inch);
/// the defaults suit A4/F4 SOP documents typeset at 8–12 pt.
/// </summary>
public sealed record PdfTextReaderOptions
{
    public static PdfTextReaderOptions Default { get; } = new();

    /// <summary>Words whose baselines differ by at most this much belong to the same line.</summary>
    public double LineMergeTolerance { get; init; } = 2.5;

    /// <summary>Shorter segments are ignored: they are glyph parts, ticks or arrow heads, not table rules.</summary>
    public double MinRulingLength { get; init; } = 4;

    /// <summary>A filled rectangle no thicker than this is a drawn rule (Word and Excel draw borders that way).</summary>
    public double MaxRulingThickness { get; init; } = 3;

    /// <summary>Rulings closer than this are the same grid line; also how near an end must be to touch another rule.</summary>
    public double RulingSnapTolerance { get; init; } = 2;

    /// <summary>A baseline-to-baseline step above this many font sizes starts a new paragraph inside a cell.</summary>
    public double ParagraphGapFactor { get; init; } = 1.8;

    /// <summary>Files with more pages are refused rather than read partly; an SOP is a few pages.</summary>
    public int MaxPages { get; init; } = 500;
}
