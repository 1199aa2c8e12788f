using System.Diagnostics;
using System.Runtime.InteropServices;
using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Evaluation.Reporting;
using SopIngest.Evaluation.Running;

namespace SopIngest.Cli.Commands;

/// <summary>
/// <c>eval --truth DIR --out DIR [--scans DIR] [--limit N] [--only CLASS] [--correction on|off|both [--extracted DIR]]</c>:
/// extracts every file of a truth set with the embedded pipeline and writes report.md, report.json and chart.png.
/// With <c>--correction both</c> each file is read once and scored with text correction off and on, side by side
/// (correction.md, correction.json); <c>--extracted DIR</c> takes the uncorrected outputs of an earlier run from DIR
/// instead of reading the scans again.
/// </summary>
internal static class EvalCommand
{
    public static int Run(CliArgs args, Func<bool?, Composition> compose)
    {
        var truth = args.Value("--truth");
        var outDir = args.Value("--out");
        if (string.IsNullOrEmpty(truth) || string.IsNullOrEmpty(outDir))
            return Usage.Fail("eval needs --truth DIR and --out DIR");
        if (!Directory.Exists(truth))
            return Usage.Fail($"no truth directory {truth}");
        var options = new EvalOptions
        {
            TruthDir = truth,
            OutDir = outDir,
            ScansDir = args.Value("--scans"),
            Limit = args.Has("--limit") ? args.Int("--limit", int.MaxValue) : null,
            OnlyClass = args.Value("--only"),
        };
        var info = new RunInfo(DateTimeOffset.UtcNow, Commit(), Machine(), "embedded defaults (Composition.FromEnvironment)");
        var correction = args.Value("--correction");
        if (correction == "both")
            return SideBySide(args, options, info, compose);
        if (correction is not (null or "on" or "off"))
            return Usage.Fail($"--correction takes on, off or both, not {correction}");
        bool? correct = correction is null ? null : correction == "on"; // none given: SOPINGEST_CORRECT decides
        var files = new EvalRunner(compose(correct).Pipeline.Extract).Run(options, Console.Error.WriteLine);
        ReportWriter.Write(new EvalReport(info, files), outDir);
        Console.Error.WriteLine($"{files.Count} files scored; report in {Path.Combine(outDir, "report.md")}");
        return 0;
    }

    private static int SideBySide(CliArgs args, EvalOptions options, RunInfo info, Func<bool?, Composition> compose)
    {
        var stages = compose(true).Pipeline.RecordStages;
        if (stages.Count == 0)
            return Usage.Fail("eval --correction both needs the corrector model (models/corrector or SOPINGEST_MODELS)");
        Func<string, ExtractResult> extract = args.Value("--extracted") is { } earlier
            ? path => SopJson.ReadExtract(Path.Combine(earlier, Path.GetFileNameWithoutExtension(path) + ".json"))
            : compose(false).Pipeline.Extract;
        var report = new CorrectionSideBySide(extract, r => stages.Aggregate(r, (current, stage) => stage.Apply(current)))
            .Run(options, info, Console.Error.WriteLine);
        SideBySideWriter.Write(report, options.OutDir);
        Console.Error.WriteLine($"{report.On.Files.Count} files scored with correction off and on; side by side in {Path.Combine(options.OutDir, "correction.md")}");
        return 0;
    }

    private static string Machine() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GB RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    private static string Commit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true });
            var sha = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && sha.Length > 0 ? sha : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
