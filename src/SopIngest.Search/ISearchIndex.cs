using SopIngest.Search.Records;

namespace SopIngest.Search;

/// <summary>
/// Full-text search over SOP records. Implementations: <see cref="Lucene.LuceneSearchIndex"/> (embedded,
/// the default) and <see cref="Elasticsearch.ElasticsearchSearchIndex"/> (a cluster over REST).
/// </summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>Adds or replaces records by id; they are searchable when the call returns (near real time).</summary>
    void Upsert(IReadOnlyList<IndexedRecord> records);

    void Delete(string id);

    SearchResult Search(SearchQuery query);

    IndexedRecord? Get(string id);

    /// <summary>Makes what was upserted durable (a Lucene commit; an Elasticsearch refresh).</summary>
    void Flush();
}
