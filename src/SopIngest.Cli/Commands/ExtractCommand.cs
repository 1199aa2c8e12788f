using SopIngest.Core.Json;
using SopIngest.Core.Records;
using Spectre.Console;

namespace SopIngest.Cli.Commands;

/// <summary><c>extract FILE... --out DIR</c>: one sop-extract/1 JSON per input, progress on stderr.</summary>
internal static class ExtractCommand
{
    public static int Run(CliArgs args, Composition composition)
    {
        var outDir = args.Value("--out");
        if (args.Positional.Count == 0 || string.IsNullOrEmpty(outDir))
            return Usage.Fail("extract needs FILE... and --out DIR");
        Directory.CreateDirectory(outDir);
        var failed = 0;
        var console = StderrConsole.Create();
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("extract", maxValue: args.Positional.Count);
                foreach (var file in args.Positional)
                {
                    task.Description = Markup.Escape(Path.GetFileName(file));
                    var result = composition.Pipeline.Extract(file);
                    Write(outDir, file, result);
                    if (result.Error is not null)
                    {
                        failed++;
                        console.MarkupLineInterpolated($"[red]{Path.GetFileName(file)}[/]: {result.Error}");
                    }
                    task.Increment(1);
                }
            });
        console.MarkupLineInterpolated($"{args.Positional.Count - failed} of {args.Positional.Count} files read into {outDir}");
        return failed == 0 ? 0 : 1;
    }

    private static void Write(string outDir, string file, ExtractResult result)
    {
        var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".json");
        var temp = target + ".tmp";
        File.WriteAllText(temp, SopJson.Serialize(result) + "\n");
        File.Move(temp, target, overwrite: true); // a crash never leaves half a JSON file behind
    }
}
