using SopIngest.Search.Analysis;
using SopIngest.Search.Evaluation;
using SopIngest.Search.Lucene;
using Xunit.Abstractions;

namespace SopIngest.Search.Tests.Evaluation;

/// <summary>
/// The judged query set (corpus/search/queries.tsv) against the embedded backend over corpus/records:
/// recall@10, MRR and nDCG@10 overall and per kind of query.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<JudgedQuery> Queries =
        RelevanceMetrics.ReadTsv(new StreamReader(TestCorpus.Path("corpus", "search", "queries.tsv")))
            .Select(q => q with { Relevant = q.Relevant.Select(r => TestCorpus.ByKey(r).Id).ToList() })
            .ToList();

    [Fact]
    public void QuerySet_HasAtLeastSixtyJudgedQueries_OfEveryKind()
    {
        Assert.True(Queries.Count >= 60, $"{Queries.Count} queries");
        Assert.Equal(["abbr", "affix", "legal", "ocr", "steps", "title"], Queries.Select(q => q.Kind).Distinct().Order());
    }

    [Fact]
    public void QuerySet_NamesRecordsByStableKeys_EachNamingOneRecord()
    {
        var keys = RelevanceMetrics.ReadTsv(new StreamReader(TestCorpus.Path("corpus", "search", "queries.tsv")))
            .SelectMany(q => q.Relevant).Distinct().ToList();
        Assert.All(keys, key => Assert.Matches(@"^\d{3}:[a-z0-9-]+$", key));
        Assert.Equal(keys.Count, keys.Select(key => TestCorpus.ByKey(key).Id).Distinct().Count());
    }

    [Fact]
    public void EmbeddedBackend_MeetsRecallAndMrrTargets() => AssertTargets(TestCorpus.Index);

    /// <summary>
    /// The large-index query plan (common words only add to the score of records that match a distinctive
    /// word, <see cref="LuceneQueryOptions.CommonWordRatio"/>) forced onto the 150 corpus records, where
    /// far more words are common than in 100,000: its relevance must hold too.
    /// </summary>
    [Fact]
    public void EmbeddedBackend_MeetsRecallAndMrrTargets_WithTheCommonWordSplit()
    {
        using var index = new LuceneSearchIndex(new LuceneSearchIndexOptions { Query = new LuceneQueryOptions { CommonWordsFromDocs = 0 } },
            IndonesianAnalysis.Default);
        index.Upsert(TestCorpus.Records);
        AssertTargets(index);
    }

    private void AssertTargets(LuceneSearchIndex index)
    {
        var scores = Queries.Select(q => RelevanceMetrics.Score(q,
            index.Search(new SearchQuery(q.Text, 10)).Hits.Select(h => h.Id).ToList())).ToList();
        var summary = RelevanceMetrics.Summarise(scores);
        foreach (var s in summary)
            output.WriteLine($"{s.Kind,-6} n={s.Queries,3} recall@10={s.RecallAtK:0.000} MRR={s.Mrr:0.000} nDCG@10={s.NdcgAtK:0.000}");
        foreach (var s in scores.Where(s => s.Recall < 1 || s.ReciprocalRank < 1))
            output.WriteLine($"  [{s.Query.Kind}] {s.Query.Text}: recall={s.Recall:0.00} rr={s.ReciprocalRank:0.00}");

        var all = summary[0];
        Assert.True(all.RecallAtK >= 0.95, $"recall@10 {all.RecallAtK:0.000}");
        Assert.True(all.Mrr >= 0.85, $"MRR {all.Mrr:0.000}");
    }

    [Fact]
    public void Metrics_ScoreARankingByHand()
    {
        var q = new JudgedQuery("t", "q", ["a", "b"]);
        var s = RelevanceMetrics.Score(q, ["x", "a", "y", "b"]);
        Assert.Equal(1.0, s.Recall);
        Assert.Equal(0.5, s.ReciprocalRank);
        Assert.Equal((1 / Math.Log2(3) + 1 / Math.Log2(5)) / (1 + 1 / Math.Log2(3)), s.Ndcg, 6);
    }
}
