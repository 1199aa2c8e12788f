namespace SopIngest.Search;

/// <summary>Exact-value filters, the same values the facets report; null means "any".</summary>
public sealed record SearchFilters(string? Government = null, string? Office = null, int? Year = null, string? Actor = null)
{
    public static readonly SearchFilters None = new();

    public bool IsEmpty => Government is null && Office is null && Year is null && Actor is null;
}

public sealed record SearchQuery(string Text, int Top = 10)
{
    public SearchFilters Filters { get; init; } = SearchFilters.None;

    /// <summary>Count facet values over all matches (costs a pass over them).</summary>
    public bool Facets { get; init; }
}

/// <summary>One hit, the contract's shape; <see cref="Snippet"/> marks matched words with <c>&lt;em&gt;</c>.</summary>
public sealed record SearchHit(string Id, string File, string Title, string Number, string Agency, double Score, string Snippet);

public sealed record FacetValue(string Value, int Count);

/// <summary>
/// <see cref="Total"/>: the records that match. The embedded backend, on a large index, counts the records that
/// match at least one distinctive word of the query (common words only add to their score; see
/// <c>LuceneQueryOptions.CommonWordRatio</c>). Facet names: <c>government</c>, <c>office</c>, <c>year</c>, <c>actor</c>.
/// </summary>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits)
{
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } =
        new Dictionary<string, IReadOnlyList<FacetValue>>();

    public static readonly SearchResult Empty = new(0, []);
}
