namespace SopIngest.Synth;

/// <summary>What <c>sopingest synth</c> makes: how many files, from which records, with which seed.</summary>
public sealed record SynthOptions
{
    public required string RecordsDir { get; init; }

    public required string OutDir { get; init; }

    public int Count { get; init; } = 10;

    public int Seed { get; init; } = 1;

    /// <summary>How many of the files are born-digital PDFs (text layer kept) instead of scans.</summary>
    public int BornDigital { get; init; } = 2;

    /// <summary>Where to also write each page as a PNG preview (downscaled), or null.</summary>
    public string? PngDir { get; init; }
}
