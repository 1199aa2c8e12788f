using SopIngest.Core.Json;
using SopIngest.Exports;

namespace SopIngest.Cli.Commands;

/// <summary><c>export FILE.json --record N --format json|csv|bpmn|svg [--out FILE]</c>: one record in another shape.</summary>
internal static class ExportCommand
{
    public static int Run(CliArgs args)
    {
        if (args.Positional.Count != 1)
            return Usage.Fail("export needs one sop-extract/1 JSON file");
        var extract = SopJson.ReadExtract(args.Positional[0]);
        var index = args.Int("--record", 0);
        if (index < 0 || index >= extract.Records.Count)
            return Usage.Fail($"--record {index}: the file has {extract.Records.Count} record(s)");
        var record = extract.Records[index];
        string? text = (args.Value("--format") ?? "json") switch
        {
            "json" => SopJson.Serialize(record),
            "csv" => StepsCsvExporter.Export(record),
            "bpmn" => BpmnExporter.Export(record).ToString(),
            "svg" => new SvgSwimlaneExporter().Export(record),
            _ => null,
        };
        if (text is null)
            return Usage.Fail("--format must be json, csv, bpmn or svg");
        if (args.Value("--out") is { } path)
            File.WriteAllText(path, text);
        else
            Console.WriteLine(text);
        return 0;
    }
}
