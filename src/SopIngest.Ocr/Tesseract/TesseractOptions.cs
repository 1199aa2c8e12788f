namespace SopIngest.Ocr.Tesseract;

/// <summary>How Tesseract is started and asked to segment. Defaults suit 300-dpi scans of Indonesian SOPs.</summary>
public sealed record TesseractOptions
{
    public static TesseractOptions Default { get; } = new();

    /// <summary>The tessdata folder; null uses the library's default (Debian: /usr/share/tesseract-ocr/5/tessdata).</summary>
    public string? DataPath { get; init; }

    /// <summary>Tesseract language string: <c>ind</c>, or <c>ind+eng</c> for pages with English terms.</summary>
    public string Languages { get; init; } = "ind";

    /// <summary>Page segmentation for free text between tables. 6 (one block) keeps step numbers that auto (3) drops.</summary>
    public int TextBlockSegMode { get; init; } = 6;

    /// <summary>Page segmentation for one table cell's crop.</summary>
    public int CellSegMode { get; init; } = 6;
}
