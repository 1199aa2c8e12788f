namespace SopIngest.Ocr.Cleanup;

/// <summary>Tuning for <see cref="PageCleaner"/>. Lengths are fractions of the page so they hold at any resolution.</summary>
public sealed record CleanupOptions
{
    public static CleanupOptions Default { get; } = new();

    /// <summary>Find and undo quarter turns (0/90/180/270).</summary>
    public bool DetectOrientation { get; init; } = true;

    /// <summary>Largest skew searched, either way, in degrees; 0 turns deskewing off.</summary>
    public double MaxSkewDegrees { get; init; } = 4;

    /// <summary>Remove speckles and smooth salt-and-pepper noise before binarising.</summary>
    public bool Denoise { get; init; } = true;

    /// <summary>Whiten an official stamp's lighter ink where it crosses text (<see cref="StampInk"/>).</summary>
    public bool RemoveStamps { get; init; } = true;

    /// <summary>Take handwriting standing on its own (a signature, initials) out of the text image (<see cref="SignatureStrokes"/>).</summary>
    public bool RemoveSignatures { get; init; } = true;

    /// <summary>Ink blobs lying wholly in this outer band of the page (stamps, punch holes, scan-edge shadow) are dropped.</summary>
    public double MarginFraction { get; init; } = 0.025;

    /// <summary>A straight run of ink at least this fraction of the page width (height) is a horizontal (vertical) rule.</summary>
    public double MinRulingFraction { get; init; } = 1.0 / 40;

    /// <summary>…and at least this long in inches, longer than any letter's stroke (a 20 pt capital is 0.2 in).</summary>
    public double MinRulingInches { get; init; } = 0.3;
}
