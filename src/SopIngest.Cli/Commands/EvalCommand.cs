using System.Diagnostics;
using System.Runtime.InteropServices;
using SopIngest.Evaluation.Reporting;
using SopIngest.Evaluation.Running;

namespace SopIngest.Cli.Commands;

/// <summary>
/// <c>eval --truth DIR --out DIR [--scans DIR] [--limit N] [--only CLASS]</c>: extracts every file of a truth
/// set with the embedded pipeline and writes report.md, report.json and chart.png.
/// </summary>
internal static class EvalCommand
{
    public static int Run(CliArgs args, Composition composition)
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
        var files = new EvalRunner(composition.Pipeline.Extract).Run(options, Console.Error.WriteLine);
        var report = new EvalReport(new RunInfo(DateTimeOffset.UtcNow, Commit(), Machine(), "embedded defaults (Composition.FromEnvironment)"), files);
        ReportWriter.Write(report, outDir);
        Console.Error.WriteLine($"{files.Count} files scored; report in {Path.Combine(outDir, "report.md")}");
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
