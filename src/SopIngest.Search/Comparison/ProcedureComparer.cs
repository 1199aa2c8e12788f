using SopIngest.Core.Records;
using SopIngest.Search.Analysis;
using SopIngest.Search.Records;

namespace SopIngest.Search.Comparison;

/// <summary>One agency's version of the procedure: the contract's fields plus the actors' roles.</summary>
public sealed record ComparedProcedure(
    string Id, string File, string Title, string Agency, int Steps, IReadOnlyList<string> Actors,
    IReadOnlyList<string> Roles, double? MinMinutes, double? MaxMinutes);

/// <summary>
/// Versions of one procedure across agencies and their aligned steps: each alignment row holds, per
/// procedure (in <see cref="Procedures"/> order), the step number at that position or null.
/// </summary>
public sealed record ProcedureComparison(IReadOnlyList<ComparedProcedure> Procedures, IReadOnlyList<IReadOnlyList<int?>> Alignment)
{
    public static readonly ProcedureComparison Empty = new([], []);

    /// <summary>Per procedure, the step numbers no other version has a counterpart for.</summary>
    public IReadOnlyList<int> StepsOnlyIn(int procedure) =>
        Alignment.Where(row => row[procedure] is not null && row.Count(v => v is not null) == 1).Select(row => row[procedure]!.Value).ToList();
}

public sealed record ProcedureComparerOptions
{
    /// <summary>How many search hits are considered as versions.</summary>
    public int Candidates { get; init; } = 40;
    /// <summary>A version's title covers at least this share of the query's words (or of a synonym variant's)…</summary>
    public double TitleCoverage { get; init; } = 0.6;
    /// <summary>…or covers some of them and its steps resemble the best match's this much (Dice of step words).</summary>
    public double ContentSimilarity { get; init; } = 0.35;
    public int MaxProcedures { get; init; } = 8;
    public StepAlignerOptions Alignment { get; init; } = new();
}

/// <summary>
/// Finds a procedure's versions in different agencies (title and content similarity over search hits,
/// the best one per agency) and aligns their steps against the best match (star alignment).
/// </summary>
public sealed class ProcedureComparer(ISearchIndex index, IndonesianAnalysis analysis, ProcedureComparerOptions options)
{
    private readonly StepAligner _aligner = new(analysis, options.Alignment);

    public ProcedureComparison Compare(string query)
    {
        var hits = index.Search(new SearchQuery(query, options.Candidates)).Hits;
        var records = hits.Select(h => index.Get(h.Id)).OfType<IndexedRecord>().Where(r => r.Record.Steps.Count > 0).ToList();
        if (records.Count == 0) return ProcedureComparison.Empty;

        var variants = analysis.QueryVariants(query).Select(v => v.Select(t => t.Stem).ToHashSet()).Where(v => v.Count > 0).ToList();
        double Coverage(IndexedRecord r)
        {
            var title = analysis.Terms(r.Record.Title).ToHashSet();
            return variants.Count == 0 ? 0 : variants.Max(v => v.Count(title.Contains) / (double)v.Count);
        }
        var anchor = records.FirstOrDefault(r => Coverage(r) >= options.TitleCoverage) ?? records[0];
        var anchorWords = ContentWords(anchor.Record);

        var versions = records
            .Select(r => (Record: r, Coverage: Coverage(r), Content: StepAligner.Dice(ContentWords(r.Record), anchorWords)))
            .Where(c => c.Record == anchor || c.Coverage >= options.TitleCoverage || (c.Coverage > 0 && c.Content >= options.ContentSimilarity))
            .GroupBy(c => RecordFields.AgencyKey(c.Record.Record, c.Record.File))
            .Select(g => g.OrderByDescending(c => c.Coverage + c.Content).First().Record)
            .OrderByDescending(r => r == anchor)
            .Take(options.MaxProcedures)
            .ToList();

        return new ProcedureComparison(versions.Select(Describe).ToList(), AlignAll(versions.Select(v => v.Record).ToList()));
    }

    private HashSet<string> ContentWords(SopRecord r) => r.Steps.SelectMany(s => _aligner.Words(s)).ToHashSet();

    private static ComparedProcedure Describe(IndexedRecord r)
    {
        var steps = r.Record.Steps;
        double? Sum(Func<Step, double?> f) => steps.Any(s => f(s) is not null) ? steps.Sum(s => f(s) ?? 0) : null;
        return new ComparedProcedure(r.Id, r.File, r.Record.Title, RecordFields.AgencyLabel(r.Record, r.File), steps.Count,
            r.Record.Actors, r.Record.Actors.Select(ActorRoles.Role).Distinct().ToList(),
            Sum(s => s.Duration.MinMinutes), Sum(s => s.Duration.MaxMinutes));
    }

    /// <summary>Star alignment: every version aligned to the first; steps the first lacks get rows of their own.</summary>
    private IReadOnlyList<IReadOnlyList<int?>> AlignAll(IReadOnlyList<SopRecord> versions)
    {
        var anchor = versions[0];
        var n = anchor.Steps.Count;
        // per anchor step k: the partner in each version; and the versions' steps inserted before k (k = n: after the end)
        var partner = new int?[n, versions.Count];
        var inserted = Enumerable.Range(0, n + 1).Select(_ => new List<(int Version, int Step)>()).ToArray();
        for (var v = 1; v < versions.Count; v++)
        {
            var nextAnchor = 0;
            foreach (var (a, b) in _aligner.Align(anchor, versions[v]))
            {
                if (a is { } i)
                {
                    partner[i, v] = b;
                    nextAnchor = i + 1;
                }
                else if (b is { } j) inserted[nextAnchor].Add((v, j));
            }
        }
        var rows = new List<IReadOnlyList<int?>>();
        for (var k = 0; k <= n; k++)
        {
            foreach (var (v, j) in inserted[k])
            {
                var row = new int?[versions.Count];
                row[v] = versions[v].Steps[j].No;
                rows.Add(row);
            }
            if (k == n) break;
            var main = new int?[versions.Count];
            main[0] = anchor.Steps[k].No;
            for (var v = 1; v < versions.Count; v++)
                if (partner[k, v] is { } j) main[v] = versions[v].Steps[j].No;
            rows.Add(main);
        }
        return rows;
    }
}
