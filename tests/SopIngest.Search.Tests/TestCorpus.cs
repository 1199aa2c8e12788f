using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Search.Analysis;
using SopIngest.Search.Lucene;
using SopIngest.Search.Records;

namespace SopIngest.Search.Tests;

/// <summary>The checked-in corpus records (corpus/records), and one shared in-memory index of them.</summary>
internal static class TestCorpus
{
    public static readonly string Root = Repo.Root;

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

    /// <summary>
    /// A record by its stable key <c>FILE-STEM-PREFIX:TITLE-SLUG</c> (corpus/search/queries.tsv explains them), e.g.
    /// <c>003:kenaikan-gaji-berkala</c>: a record of the file whose slug is that, or else the one record whose slug
    /// begins with it. Throws when the key names no record or several, so reordered records cannot shift a judgement.
    /// </summary>
    public static IndexedRecord ByKey(string key)
    {
        var (file, slug) = (key.Split(':', 2)[0], key.Split(':', 2)[1]);
        var inFile = Records.Where(r => System.IO.Path.GetFileName(r.File).StartsWith(file, StringComparison.Ordinal)).ToList();
        var exact = inFile.Where(r => Slug(r.Record) == slug).ToList();
        var matches = exact.Count > 0 ? exact : inFile.Where(r => Slug(r.Record).StartsWith(slug + "-", StringComparison.Ordinal)).ToList();
        return matches.Count == 1 ? matches[0]
            : throw new ArgumentException($"record key {key} names {matches.Count} records of corpus/records/{file}*");
    }

    /// <summary>The slug a key is cut from: the title's words, lower case, joined by '-'; the number or first step without a title.</summary>
    public static string Slug(SopRecord r) =>
        r.Title.Trim().Length > 0 ? Words(r.Title)
        : r.Number.Trim().Length > 0 ? "nomor-" + Words(r.Number)
        : r.Steps.Select(s => s.Activity).FirstOrDefault(a => a.Trim().Length > 0) is { } activity ? "langkah-" + Words(activity)
        : "";

    private static string Words(string text) =>
        string.Join('-', System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{Nd}\p{Nl}\p{No}]+").Select(m => m.Value.ToLowerInvariant()));

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
