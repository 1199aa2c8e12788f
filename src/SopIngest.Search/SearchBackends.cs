using SopIngest.Search.Analysis;
using SopIngest.Search.Elasticsearch;
using SopIngest.Search.Lucene;

namespace SopIngest.Search;

/// <summary>Which backend serves search, bound once per host (the CLI reads the environment).</summary>
public sealed record SearchBackendOptions
{
    /// <summary><c>lucene</c> (embedded, default) or <c>elasticsearch</c>.</summary>
    public string Backend { get; init; } = "lucene";

    /// <summary>The store directory; the Lucene index lives in <c>STORE/index</c>.</summary>
    public string Store { get; init; } = "data";

    public ElasticsearchOptions Elasticsearch { get; init; } = new();

    /// <summary>SOPINGEST_SEARCH_BACKEND, SOPINGEST_ELASTICSEARCH_URL, SOPINGEST_ELASTICSEARCH_INDEX.</summary>
    public static SearchBackendOptions FromEnvironment(string store) => new()
    {
        Store = store,
        Backend = Environment.GetEnvironmentVariable("SOPINGEST_SEARCH_BACKEND") is { Length: > 0 } b ? b : "lucene",
        Elasticsearch = new ElasticsearchOptions
        {
            Url = Environment.GetEnvironmentVariable("SOPINGEST_ELASTICSEARCH_URL") is { Length: > 0 } u ? u : "http://localhost:9200",
            Index = Environment.GetEnvironmentVariable("SOPINGEST_ELASTICSEARCH_INDEX") is { Length: > 0 } i ? i : "sop-records",
        },
    };
}

/// <summary>The composition of search: the one place a backend is chosen.</summary>
public static class SearchBackends
{
    public static ISearchIndex Open(SearchBackendOptions options, bool readOnly)
    {
        var analysis = IndonesianAnalysis.Default;
        return options.Backend.ToLowerInvariant() switch
        {
            "lucene" => new LuceneSearchIndex(new LuceneSearchIndexOptions
            {
                Path = Path.Combine(options.Store, "index"), ReadOnly = readOnly,
            }, analysis),
            "elasticsearch" => ElasticsearchSearchIndex.Create(options.Elasticsearch, analysis),
            var other => throw new ArgumentException($"unknown search backend '{other}' (lucene or elasticsearch)"),
        };
    }
}
