using System.Text.Json;
using SopIngest.Core.Checks;
using SopIngest.Core.Json;

namespace SopIngest.Cli.Commands;

/// <summary><c>check FILE.json... [--json]</c>: the SOP-standard findings of every record, doubts first.</summary>
internal static class CheckCommand
{
    public static int Run(CliArgs args)
    {
        if (args.Positional.Count == 0)
            return Usage.Fail("check needs sop-extract/1 JSON files");
        var reports = new List<object>();
        foreach (var file in args.Positional)
        {
            var extract = SopJson.ReadExtract(file);
            for (var i = 0; i < extract.Records.Count; i++)
            {
                var findings = SopStandardCheck.Check(extract.Records[i]);
                reports.Add(new { file = extract.File, record = i, title = extract.Records[i].Title, findings });
                if (!args.Has("--json"))
                    Print(extract.File, i, extract.Records[i].Title, findings);
            }
        }
        if (args.Has("--json"))
            Console.WriteLine(JsonSerializer.Serialize(reports, SopJson.Options));
        return 0;
    }

    private static void Print(string file, int index, string title, IReadOnlyList<Finding> findings)
    {
        Console.WriteLine($"{file} #{index} {title}: {(findings.Count == 0 ? "ok" : $"{findings.Count} finding(s)")}");
        foreach (var f in findings)
            Console.WriteLine($"  {(f.Step is { } s ? $"step {s}" : "record")}: {f.Code}: {f.Message}");
    }
}
