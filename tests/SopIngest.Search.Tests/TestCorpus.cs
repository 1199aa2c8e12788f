using SopIngest.Core.Json;
using SopIngest.Search.Analysis;
using SopIngest.Search.Lucene;
using SopIngest.Search.Records;

namespace SopIngest.Search.Tests;

/// <summary>The checked-in corpus records (corpus/records), and one shared in-memory index of them.</summary>
internal static class TestCorpus
{
    public static readonly string Root = FindRoot();

    private static readonly Lazy<IReadOnlyList<IndexedRecord>> LazyRecords = new(() =>
        Directory.GetFiles(System.IO.Path.Combine(Root, "corpus", "records"), "*.json").Order(StringComparer.Ordinal)
            .SelectMany(f => RecordIds.From(SopJson.ReadExtract(f))).ToList());

    private static readonly Lazy<LuceneSearchIndex> LazyIndex = new(() =>
    {
        var index = new LuceneSearchIndex(new LuceneSearchIndexOptions(), IndonesianAnalysis.Default);
        index.Upsert(Records);
        return index;
    });

    public static IReadOnlyList<IndexedRecord> Records => LazyRecords.Value;

    /// <summary>Read-only use only: tests that write make their own index.</summary>
    public static LuceneSearchIndex Index => LazyIndex.Value;

    /// <summary>A record by <c>file-stem#index</c>, e.g. <c>003_609f3079cfa7c797#10</c> (or just <c>003#10</c>).</summary>
    public static IndexedRecord ByRef(string reference)
    {
        var (file, index) = (reference.Split('#')[0], int.Parse(reference.Split('#')[1]));
        var matches = Records.Where(r => r.File.StartsWith(file, StringComparison.Ordinal)).ToList();
        return matches[index];
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SopIngest.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
