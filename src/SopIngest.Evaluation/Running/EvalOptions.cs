namespace SopIngest.Evaluation.Running;

/// <summary>Where the truth and the files it describes are, where the report goes, and how much to run.</summary>
public sealed record EvalOptions
{
    /// <summary>A folder of sop-extract/1 truth files, one per input file.</summary>
    public required string TruthDir { get; init; }

    public required string OutDir { get; init; }

    /// <summary>Where the input files (and <c>manifest.json</c>) are; by default the truth folder's parent.</summary>
    public string? ScansDir { get; init; }

    /// <summary>Score only the first N truth files (by name), for a quick run.</summary>
    public int? Limit { get; init; }

    /// <summary>Score only files of this class value (e.g. <c>born-digital</c>), or all.</summary>
    public string? OnlyClass { get; init; }

    /// <summary>Also read every file with plain <c>tesseract -l ind</c> and score all text side by side (skipped when it is not installed).</summary>
    public bool CompareWithTesseract { get; init; } = true;
}

/// <summary>When, on what and where the evaluation ran: printed at the top of its reports.</summary>
public sealed record RunInfo(DateTimeOffset When, string Commit, string Machine, string Pipeline);
