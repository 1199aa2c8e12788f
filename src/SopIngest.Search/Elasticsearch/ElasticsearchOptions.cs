namespace SopIngest.Search.Elasticsearch;

public sealed record ElasticsearchOptions
{
    public string Url { get; init; } = "http://localhost:9200";
    public string Index { get; init; } = "sop-records";
    /// <summary>Records per <c>_bulk</c> request.</summary>
    public int BulkSize { get; init; } = 500;
    /// <summary>Retries of a request (or of the items of a bulk request) the cluster rejected as busy (429) or failed (5xx).</summary>
    public int MaxRetries { get; init; } = 4;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
    public int SnippetLength { get; init; } = 180;
}

/// <summary>The cluster refused a request, or some records could not be indexed after the retries.</summary>
public sealed class ElasticsearchException(string message, IReadOnlyList<string>? failedIds = null) : Exception(message)
{
    public IReadOnlyList<string> FailedIds { get; } = failedIds ?? [];
}
