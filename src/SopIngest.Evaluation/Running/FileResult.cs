using SopIngest.Evaluation.Metrics;

namespace SopIngest.Evaluation.Running;

/// <summary>One input file's score, the degradation classes it belongs to and the error extraction gave.</summary>
public sealed record FileResult(string File, IReadOnlyDictionary<string, string> Classes, ScoreCard Score, string? Error);

/// <summary>All file results of a run; overall and per-class scores are sums of theirs.</summary>
public sealed record EvalReport(RunInfo Info, IReadOnlyList<FileResult> Files)
{
    public ScoreCard Overall => Files.Aggregate(ScoreCard.Empty, (a, f) => a + f.Score);

    /// <summary>One score per degradation class ("dpi: 150-199", "kind: born-digital", …), in a stable order.</summary>
    public IReadOnlyList<(string Class, ScoreCard Score)> ByClass() =>
        Files.SelectMany(f => f.Classes.Select(c => (Key: $"{c.Key}: {c.Value}", f.Score)))
            .GroupBy(x => x.Key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Aggregate(ScoreCard.Empty, (a, x) => a + x.Score)))
            .ToList();
}
