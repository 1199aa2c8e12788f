using SopIngest.Core.Records;
using SopIngest.Evaluation.Metrics;

namespace SopIngest.Evaluation.Scoring;

/// <summary>
/// Pairs truth records with extracted ones: by title similarity, equal SOP number and overlapping pages,
/// best pairs first, each record used once; pairs below <see cref="Threshold"/> stay unmatched.
/// </summary>
public static class RecordMatcher
{
    public const double Threshold = 0.5;

    public static IReadOnlyList<(int Truth, int Output)> Match(IReadOnlyList<SopRecord> truth, IReadOnlyList<SopRecord> output)
    {
        var candidates = new List<(double Score, int Truth, int Output)>();
        for (var t = 0; t < truth.Count; t++)
            for (var o = 0; o < output.Count; o++)
            {
                var score = Similarity(truth[t], output[o]);
                if (score >= Threshold) candidates.Add((score, t, o));
            }
        var usedTruth = new HashSet<int>();
        var usedOutput = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, t, o) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Truth).ThenBy(c => c.Output))
        {
            if (usedTruth.Contains(t) || usedOutput.Contains(o)) continue;
            usedTruth.Add(t);
            usedOutput.Add(o);
            pairs.Add((t, o));
        }
        return pairs.OrderBy(p => p.Item1).ToList();
    }

    public static double Similarity(SopRecord truth, SopRecord output)
    {
        var title = EditDistance.CharAccuracy(Text.Fold(truth.Title).ToLowerInvariant(), Text.Fold(output.Title).ToLowerInvariant());
        var number = truth.Number.Length > 0 && Text.Fold(truth.Number) == Text.Fold(output.Number) ? 1 : 0;
        var pages = truth.Pages.First <= output.Pages.Last && output.Pages.First <= truth.Pages.Last ? 1 : 0;
        return 0.6 * title + 0.2 * number + 0.2 * pages;
    }
}
