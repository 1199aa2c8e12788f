namespace SopIngest.Synth;

/// <summary>What was generated, and how each file was degraded: the evaluation groups its scores by <see cref="SynthFile.Classes"/>.</summary>
public sealed record SynthManifest(int Seed, IReadOnlyList<SynthFile> Files)
{
    public const string FileName = "manifest.json";
}

public sealed record SynthFile(
    string File,
    string Truth,
    int Pages,
    int Sops,
    bool BornDigital,
    int? Dpi,
    bool? Colour,
    double? SkewDegrees,
    double? Noise,
    double? Blur,
    int? JpegQuality,
    int? UpsideDownPage,
    bool? Stamp,
    bool? Initials,
    IReadOnlyDictionary<string, string> Classes);
