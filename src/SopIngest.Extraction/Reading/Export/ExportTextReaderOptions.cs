namespace SopIngest.Extraction.Reading.Export;

/// <summary>Options of <see cref="ExportTextReader"/>.</summary>
public sealed record ExportTextReaderOptions
{
    /// <summary>The exports keep no page marks; a run of this many blank lines is where a page ended.</summary>
    public int BlankLinesPerPageBreak { get; init; } = 3;

    /// <summary>Files above this size are refused rather than read into memory.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;
}
