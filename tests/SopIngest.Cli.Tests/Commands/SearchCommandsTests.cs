using System.Text.Json;
using SopIngest.Cli;
using SopIngest.Cli.Commands;

namespace SopIngest.Cli.Tests.Commands;

[CollectionDefinition("Console output", DisableParallelization = true)]
public sealed class ConsoleOutputCollection;

/// <summary><c>index</c>, <c>search</c> and <c>compare</c> over the checked-in corpus records, in the contract's shapes.</summary>
[Collection("Console output")]
public sealed class SearchCommandsTests : IDisposable
{
    private readonly string _store = Directory.CreateTempSubdirectory("sopingest-search-cli-").FullName;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    private static (int Code, string Out) Capture(Func<int> run)
    {
        var original = Console.Out;
        var writer = new StringWriter();
        Console.SetOut(writer);
        try { return (run(), writer.ToString()); }
        finally { Console.SetOut(original); }
    }

    private void IndexCorpus()
    {
        var files = Directory.GetFiles(Path.Combine(Repo.Root, "corpus", "records"), "*.json");
        var (code, output) = Capture(() => IndexCommand.Run(CliArgs.Parse([.. files, "--store", _store])));
        Assert.Equal(0, code);
        Assert.True(int.Parse(output.Trim()) >= 100);
        Assert.True(Directory.Exists(Path.Combine(_store, "index")));
    }

    [Fact]
    public void Search_Json_HasTheContractShape()
    {
        IndexCorpus();
        var (code, output) = Capture(() => SearchCommand.Run(CliArgs.Parse(["kenaikan gaji berkala", "--top", "3", "--json", "--store", _store])));
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("total").GetInt32() >= 4);
        var hits = doc.RootElement.GetProperty("hits");
        Assert.Equal(3, hits.GetArrayLength());
        foreach (var hit in hits.EnumerateArray())
        {
            Assert.Equal(["id", "file", "title", "number", "agency", "score", "snippet"], hit.EnumerateObject().Select(p => p.Name));
            Assert.Matches("^[0-9a-f]{64}:[0-9]+$", hit.GetProperty("id").GetString());
        }
        Assert.Contains("<em>", hits[0].GetProperty("snippet").GetString());
    }

    [Fact]
    public void Compare_ListsThreeOrMoreAgencies_WithAnAlignmentTable()
    {
        IndexCorpus();
        var (code, output) = Capture(() => CompareCommand.Run(CliArgs.Parse(["kenaikan gaji berkala", "--json", "--store", _store])));
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["procedures", "alignment"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        var procedures = doc.RootElement.GetProperty("procedures").EnumerateArray().ToList();
        Assert.True(procedures.Select(p => p.GetProperty("agency").GetString()).Distinct().Count() >= 3);
        Assert.All(procedures, p => Assert.Equal(["id", "title", "agency", "steps", "actors", "minMinutes", "maxMinutes"],
            p.EnumerateObject().Select(x => x.Name)));
        var rows = doc.RootElement.GetProperty("alignment").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(procedures.Count, r.GetArrayLength()));

        var (_, text) = Capture(() => CompareCommand.Run(CliArgs.Parse(["kenaikan gaji berkala", "--store", _store])));
        Assert.Contains("alignment", text);
    }

    [Fact]
    public void Search_WithoutAnIndex_ExitsOne_AndRefusesAMissingQuery()
    {
        Assert.Equal(1, Capture(() => SearchCommand.Run(CliArgs.Parse(["gaji", "--store", Path.Combine(_store, "none")]))).Code);
        Assert.Equal(2, SearchCommand.Run(CliArgs.Parse(["--json"])));
        Assert.Equal(2, IndexCommand.Run(CliArgs.Parse([])));
    }
}
