using SopIngest.Core.Json;
using SopIngest.Search;
using SopIngest.Search.Records;

namespace SopIngest.Cli.Commands;

/// <summary><c>index JSON... [--store DIR]</c>: adds sop-extract/1 files' records to the search index; prints the count.</summary>
internal static class IndexCommand
{
    public static int Run(CliArgs args)
    {
        if (args.Positional.Count == 0) return Usage.Fail("index needs sop-extract/1 JSON files");
        var store = args.Value("--store") ?? "data";
        var failed = 0;
        var records = new List<IndexedRecord>();
        foreach (var file in args.Positional)
        {
            try
            {
                records.AddRange(RecordIds.From(SopJson.ReadExtract(file)));
            }
            catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
            {
                failed++;
                Console.Error.WriteLine($"sopingest: {file}: {e.Message}");
            }
        }
        using (var index = SearchBackends.Open(SearchBackendOptions.FromEnvironment(store), readOnly: false))
        {
            index.Upsert(records);
            index.Flush();
        }
        Console.Error.WriteLine($"indexed {records.Count} records from {args.Positional.Count - failed} files into {Path.Combine(store, "index")}");
        Console.WriteLine(records.Count);
        return failed == 0 ? 0 : 1;
    }
}
