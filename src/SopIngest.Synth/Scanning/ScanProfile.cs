namespace SopIngest.Synth.Scanning;

/// <summary>How one file was "scanned": resolution, colour, geometry and the flaws of scanner and paper.</summary>
internal sealed record ScanProfile(
    int Dpi,
    bool Colour,
    double SkewDegrees,
    double Noise,
    double Speckles,
    double Blur,
    double UnevenLight,
    int JpegQuality,
    bool Stamp,
    bool Initials,
    int? UpsideDownPage)
{
    /// <summary>The classes the evaluation reports separately.</summary>
    public IReadOnlyDictionary<string, string> Classes() => new Dictionary<string, string>
    {
        ["dpi"] = Dpi < 200 ? "150-199" : Dpi < 250 ? "200-249" : "250-300",
        ["skew"] = Math.Abs(SkewDegrees) < 1 ? "<1°" : Math.Abs(SkewDegrees) < 2 ? "1-2°" : "2-3°",
        ["noise"] = Noise < 6 ? "low" : Noise < 12 ? "medium" : "high",
        ["kind"] = "scanned",
    };

    /// <summary>A profile drawn from the ranges of office scanners; <paramref name="stratum"/> spreads a small set over the classes.</summary>
    public static ScanProfile Random(Random rng, int stratum)
    {
        int[] dpis = [150, 300, 200, 240, 180, 280, 220, 160];
        var skew = (0.2 + (stratum * 0.37 + rng.NextDouble() * 0.3) % 2.8) * (rng.Next(2) == 0 ? -1 : 1);
        return new ScanProfile(
            Dpi: dpis[stratum % dpis.Length],
            Colour: stratum % 3 == 1 || rng.NextDouble() < 0.15,
            SkewDegrees: Math.Round(skew, 2),
            Noise: Math.Round(new[] { 3.0, 8, 14, 5, 10, 16 }[stratum % 6] + rng.NextDouble() * 2, 1),
            Speckles: rng.NextDouble() * 0.0006,
            Blur: Math.Round(0.2 + rng.NextDouble() * 0.9, 2),
            UnevenLight: Math.Round(0.05 + rng.NextDouble() * 0.2, 2),
            JpegQuality: 35 + rng.Next(45),
            Stamp: stratum % 4 != 2,
            Initials: rng.NextDouble() < 0.6,
            UpsideDownPage: null);
    }
}
