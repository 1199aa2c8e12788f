using SopIngest.Core.Records;
using SopIngest.Search.Analysis;

namespace SopIngest.Search.Comparison;

/// <summary>Typed options of the step alignment.</summary>
public sealed record StepAlignerOptions
{
    /// <summary>Pairs less similar than this are better left as gaps.</summary>
    public double MatchThreshold { get; init; } = 0.12;
    /// <summary>Weight of the actor-role agreement in a step pair's similarity (the rest is the activity text).</summary>
    public double RoleWeight { get; init; } = 0.2;
    /// <summary>Bonus when both steps are the start, or both the end, of their flow.</summary>
    public double TerminatorBonus { get; init; } = 0.15;
}

/// <summary>
/// Global sequence alignment (Needleman–Wunsch) of two procedures' steps: a match scores the steps'
/// similarity (activity words as roots, Dice; actor roles; start/end shapes) less a threshold, a gap zero,
/// so only similar steps pair and the order of both procedures is kept.
/// </summary>
public sealed class StepAligner(IndonesianAnalysis analysis, StepAlignerOptions options)
{
    /// <summary>Index pairs in order: (i, j) matched, (i, null) only in a, (null, j) only in b.</summary>
    public IReadOnlyList<(int? A, int? B)> Align(SopRecord a, SopRecord b)
    {
        var ta = a.Steps.Select(s => Words(s)).ToArray();
        var tb = b.Steps.Select(s => Words(s)).ToArray();
        int n = a.Steps.Count, m = b.Steps.Count;
        var score = new double[n + 1, m + 1];
        for (var i = 1; i <= n; i++)
        for (var j = 1; j <= m; j++)
        {
            var match = score[i - 1, j - 1] + Similarity(a, i - 1, ta[i - 1], b, j - 1, tb[j - 1]) - options.MatchThreshold;
            score[i, j] = Math.Max(match, Math.Max(score[i - 1, j], score[i, j - 1]));
        }
        var path = new List<(int?, int?)>();
        int x = n, y = m;
        while (x > 0 || y > 0)
        {
            if (x > 0 && y > 0 && Math.Abs(score[x, y] - (score[x - 1, y - 1] + Similarity(a, x - 1, ta[x - 1], b, y - 1, tb[y - 1]) - options.MatchThreshold)) < 1e-9
                && Similarity(a, x - 1, ta[x - 1], b, y - 1, tb[y - 1]) > options.MatchThreshold)
            {
                path.Add((x - 1, y - 1));
                x--; y--;
            }
            else if (x > 0 && (y == 0 || Math.Abs(score[x, y] - score[x - 1, y]) < 1e-9)) path.Add((--x, null));
            else path.Add((null, --y));
        }
        path.Reverse();
        return path;
    }

    public double Similarity(SopRecord a, int i, HashSet<string> wa, SopRecord b, int j, HashSet<string> wb)
    {
        var text = Dice(wa, wb);
        var sa = a.Steps[i];
        var sb = b.Steps[j];
        var ra = sa.Actors.Select(ActorRoles.Role).ToHashSet();
        var rb = sb.Actors.Select(ActorRoles.Role).ToHashSet();
        var sim = ra.Count > 0 && rb.Count > 0
            ? (1 - options.RoleWeight) * text + options.RoleWeight * (ra.Overlaps(rb) ? 1 : 0)
            : text;
        if ((sa.Shape == StepShape.Start && sb.Shape == StepShape.Start) || (sa.Shape == StepShape.End && sb.Shape == StepShape.End))
            sim += options.TerminatorBonus;
        return sim;
    }

    public HashSet<string> Words(Step s) => analysis.CanonicalTerms(s.Activity).Where(t => t.Length > 2 && !t.All(char.IsDigit)).ToHashSet(StringComparer.Ordinal);

    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
