using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Search.Analysis;
using SopIngest.Search.Records;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SopIngest.Search.Lucene;

/// <summary>Where the embedded index lives; <see cref="Path"/> null keeps it in memory (tests).</summary>
public sealed record LuceneSearchIndexOptions
{
    public string? Path { get; init; }

    /// <summary>Open without a writer, so several readers can share the directory; writes then throw.</summary>
    public bool ReadOnly { get; init; }

    public LuceneQueryOptions Query { get; init; } = new();

    public int SnippetLength { get; init; } = 180;

    /// <summary>RAM the writer buffers before flushing a segment.</summary>
    public double RamBufferMb { get; init; } = 64;
}

/// <summary>
/// The embedded backend: a Lucene.NET index with Indonesian root analysis, field boosts, synonyms, fuzzy
/// matching, snippets from stored term-vector offsets, facets from doc values and near-real-time updates
/// (an <see cref="IndexWriter"/> feeding a <see cref="SearcherManager"/>).
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LuceneSearchIndexOptions _options;
    private readonly IndonesianAnalysis _analysis;
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly LuceneQueryBuilder _queries;

    public LuceneSearchIndex(LuceneSearchIndexOptions options, IndonesianAnalysis analysis)
    {
        _options = options;
        _analysis = analysis;
        _queries = new LuceneQueryBuilder(analysis, options.Query);
        _directory = options.Path is null ? new RAMDirectory() : FSDirectory.Open(new DirectoryInfo(options.Path));
        var factory = new Bm25SearcherFactory();
        if (options.ReadOnly)
        {
            if (!DirectoryReader.IndexExists(_directory))
                throw new DirectoryNotFoundException($"no search index at {options.Path}; run `sopingest index` first");
            _searchers = new SearcherManager(_directory, factory);
        }
        else
        {
            var config = new IndexWriterConfig(Version, CreateAnalyzer(analysis))
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = options.RamBufferMb,
            };
            _writer = new IndexWriter(_directory, config);
            _searchers = new SearcherManager(_writer, true, factory);
        }
    }

    internal static Analyzer CreateAnalyzer(IndonesianAnalysis analysis) =>
        new PerFieldAnalyzerWrapper(
            new IndonesianRootAnalyzer(analysis, stem: true),
            new Dictionary<string, Analyzer> { [RecordDocument.Surface] = new IndonesianRootAnalyzer(analysis, stem: false) });

    public void Upsert(IReadOnlyList<IndexedRecord> records)
    {
        var writer = _writer ?? throw new InvalidOperationException("the index was opened read-only");
        foreach (var record in records)
            writer.UpdateDocument(new Term(RecordDocument.Id, record.Id), RecordDocument.Create(record));
        _searchers.MaybeRefreshBlocking();
    }

    public void Delete(string id)
    {
        var writer = _writer ?? throw new InvalidOperationException("the index was opened read-only");
        writer.DeleteDocuments(new Term(RecordDocument.Id, id));
        _searchers.MaybeRefreshBlocking();
    }

    public void Flush() => _writer?.Commit();

    /// <summary>Merges segments down to one (after a bulk load).</summary>
    public void Optimize()
    {
        _writer?.ForceMerge(1);
        _writer?.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public int Count
    {
        get
        {
            var searcher = _searchers.Acquire();
            try { return searcher.IndexReader.NumDocs; }
            finally { _searchers.Release(searcher); }
        }
    }

    public SearchResult Search(SearchQuery query)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var plan = _queries.Build(query, searcher.IndexReader);
            var (docs, facets) = Run(searcher, plan.Query, query);
            if (plan.Fallback is not null && docs.TotalHits < query.Top) (docs, facets) = Run(searcher, plan.Fallback, query);
            var hits = docs.ScoreDocs.Select(sd => Hit(searcher, sd, plan)).ToList();
            return new SearchResult(docs.TotalHits, hits) { Facets = facets?.Result() ?? new Dictionary<string, IReadOnlyList<FacetValue>>() };
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static (TopDocs, FacetCollector?) Run(IndexSearcher searcher, Query luceneQuery, SearchQuery query)
    {
        // out of order: a disjunction is then scored a window of documents at a time (BooleanScorer)
        var top = TopScoreDocCollector.Create(Math.Max(1, query.Top), false);
        var facets = query.Facets ? new FacetCollector(RecordDocument.FacetFields) : null;
        searcher.Search(luceneQuery, facets is null ? top : MultiCollector.Wrap(top, facets));
        return (top.GetTopDocs(), facets);
    }

    public IndexedRecord? Get(string id)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var docs = searcher.Search(new TermQuery(new Term(RecordDocument.Id, id)), 1);
            if (docs.TotalHits == 0) return null;
            var doc = searcher.Doc(docs.ScoreDocs[0].Doc);
            return new IndexedRecord(id, doc.Get(RecordDocument.File), SopJson.Deserialize<SopRecord>(doc.Get(RecordDocument.Json)));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private SearchHit Hit(IndexSearcher searcher, ScoreDoc sd, LuceneQueryBuilder.Plan plan)
    {
        var doc = searcher.Doc(sd.Doc, RecordDocument.HitFields);
        var body = doc.Get(RecordDocument.Body) ?? "";
        var snippet = Snippets.Cut(body, MatchOffsets(searcher.IndexReader, sd.Doc, plan), _options.SnippetLength);
        return new SearchHit(doc.Get(RecordDocument.Id), doc.Get(RecordDocument.File), doc.Get(RecordDocument.DisplayTitle) ?? "",
            doc.Get(RecordDocument.DisplayNumber) ?? "", doc.Get(RecordDocument.DisplayAgency) ?? "", sd.Score, snippet);
    }

    /// <summary>Offsets of the words that matched, read from the stored term vector of the body field.</summary>
    private List<(int, int)> MatchOffsets(IndexReader reader, int docId, LuceneQueryBuilder.Plan plan)
    {
        var result = new List<(int, int)>();
        var terms = reader.GetTermVector(docId, RecordDocument.Body);
        if (terms is null) return result;
        var stems = plan.Stems;
        var fuzzy = plan.Typed.Where(t => t.Surface.Length >= _options.Query.FuzzyMinLength).ToList();
        var termsEnum = terms.GetEnumerator();
        DocsAndPositionsEnum? positions = null;
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            var match = stems.Contains(term) || fuzzy.Any(t =>
                Snippets.EditDistance(term, t.Surface, t.Surface.Length >= _options.Query.TwoEditsFrom ? 2 : 1)
                <= (t.Surface.Length >= _options.Query.TwoEditsFrom ? 2 : 1));
            if (!match) continue;
            positions = termsEnum.DocsAndPositions(null, positions);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) continue;
            for (var i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                result.Add((positions.StartOffset, positions.EndOffset));
            }
        }
        return result;
    }

    public void Dispose()
    {
        _searchers.Dispose();
        if (_writer is not null)
        {
            _writer.Commit();
            _writer.Dispose();
        }
        _directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
