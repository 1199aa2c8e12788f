using SopIngest.Synth;

namespace SopIngest.Cli.Commands;

/// <summary>
/// <c>synth --out DIR [--records DIR] [--count N] [--seed S] [--born-digital N] [--png DIR]</c>: renders SOP
/// records as scanned (and a few born-digital) PDFs with their sop-extract/1 truth in DIR/truth.
/// </summary>
internal static class SynthCommand
{
    public static int Run(CliArgs args)
    {
        var outDir = args.Value("--out");
        if (string.IsNullOrEmpty(outDir))
            return Usage.Fail("synth needs --out DIR");
        var options = new SynthOptions
        {
            RecordsDir = args.Value("--records") ?? Path.Combine("corpus", "records"),
            OutDir = outDir,
            Count = args.Int("--count", 10),
            Seed = args.Int("--seed", 1),
            BornDigital = args.Int("--born-digital", 2),
            PngDir = args.Value("--png"),
        };
        if (!Directory.Exists(options.RecordsDir))
            return Usage.Fail($"no records directory {options.RecordsDir} (use --records DIR)");
        var manifest = new ScanSetGenerator().Generate(options, Console.Error.WriteLine);
        Console.Error.WriteLine($"{manifest.Files.Count} files, {manifest.Files.Sum(f => f.Pages)} pages written to {outDir}");
        return 0;
    }
}
