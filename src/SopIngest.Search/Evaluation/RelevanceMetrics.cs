namespace SopIngest.Search.Evaluation;

/// <summary>A query with the records judged relevant to it (binary judgements).</summary>
public sealed record JudgedQuery(string Kind, string Text, IReadOnlyList<string> Relevant, string Note = "");

/// <summary>recall@k, reciprocal rank and nDCG@k of one ranking.</summary>
public sealed record QueryScore(JudgedQuery Query, double Recall, double ReciprocalRank, double Ndcg, IReadOnlyList<string> Ranked);

public sealed record MetricSummary(string Kind, int Queries, double RecallAtK, double Mrr, double NdcgAtK);

public static class RelevanceMetrics
{
    public static QueryScore Score(JudgedQuery query, IReadOnlyList<string> ranked, int k = 10)
    {
        var relevant = query.Relevant.ToHashSet(StringComparer.Ordinal);
        var top = ranked.Take(k).ToList();
        var recall = relevant.Count == 0 ? 1 : top.Count(relevant.Contains) / (double)relevant.Count;
        var firstHit = ranked.Select((id, i) => (id, i)).FirstOrDefault(x => relevant.Contains(x.id), (null!, -1)).Item2;
        var rr = firstHit < 0 ? 0 : 1.0 / (firstHit + 1);
        var dcg = top.Select((id, i) => relevant.Contains(id) ? 1 / Math.Log2(i + 2) : 0).Sum();
        var idcg = Enumerable.Range(0, Math.Min(k, relevant.Count)).Select(i => 1 / Math.Log2(i + 2)).Sum();
        return new QueryScore(query, recall, rr, idcg == 0 ? 1 : dcg / idcg, ranked);
    }

    /// <summary>Means over all queries (kind "all") and per kind, in the order kinds first appear.</summary>
    public static IReadOnlyList<MetricSummary> Summarise(IReadOnlyList<QueryScore> scores)
    {
        static MetricSummary Of(string kind, IReadOnlyList<QueryScore> s) =>
            new(kind, s.Count, s.Average(x => x.Recall), s.Average(x => x.ReciprocalRank), s.Average(x => x.Ndcg));
        return [Of("all", scores), .. scores.GroupBy(s => s.Query.Kind).Select(g => Of(g.Key, g.ToList()))];
    }

    /// <summary>The TSV format of corpus/search/queries.tsv: kind, query, relevant refs, note; '#' comments, a header line.</summary>
    public static IReadOnlyList<JudgedQuery> ReadTsv(TextReader reader)
    {
        var queries = new List<JudgedQuery>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Trim().Length == 0 || line.StartsWith("kind\t", StringComparison.Ordinal)) continue;
            var cols = line.Split('\t');
            if (cols.Length < 3) throw new FormatException($"query line needs kind, query, relevant: {line}");
            queries.Add(new JudgedQuery(cols[0].Trim(), cols[1].Trim(),
                cols[2].Split(' ', StringSplitOptions.RemoveEmptyEntries), cols.Length > 3 ? cols[3].Trim() : ""));
        }
        return queries;
    }
}
