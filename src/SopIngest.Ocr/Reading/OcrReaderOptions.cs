namespace SopIngest.Ocr.Reading;

/// <summary>Limits and choices for <see cref="OcrDocumentReader"/>: what input is refused, and how PDF pages are turned into images.</summary>
public sealed record OcrReaderOptions
{
    public static OcrReaderOptions Default { get; } = new();

    /// <summary>An image (or PDF page image) with more pixels is refused. 80 M is an A3 page at 600 dpi.</summary>
    public long MaxPixels { get; init; } = 80_000_000;

    /// <summary>Files with more pages are refused.</summary>
    public int MaxPages { get; init; } = 1000;

    /// <summary>Resolution for PDF pages rendered with pdftoppm (no usable embedded scan).</summary>
    public int RenderDpi { get; init; } = 300;

    /// <summary>The pdftoppm program (poppler-utils).</summary>
    public string PdfToPpm { get; init; } = "pdftoppm";

    /// <summary>A text layer where fewer than this share of tokens look like words is junk from a poor earlier OCR and is read again.</summary>
    public double MinGoodTokenShare { get; init; } = 0.6;

    public int MaxZipEntries { get; init; } = 2000;

    /// <summary>Largest uncompressed ZIP entry, and all entries together.</summary>
    public long MaxZipEntryBytes { get; init; } = 256L << 20;

    public long MaxZipTotalBytes { get; init; } = 1L << 30;

    /// <summary>An entry that expands more than this many times is a ZIP bomb.</summary>
    public int MaxCompressionRatio { get; init; } = 200;
}
