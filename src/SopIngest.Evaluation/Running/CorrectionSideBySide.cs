using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Evaluation.Scoring;

namespace SopIngest.Evaluation.Running;

/// <summary>One scored text field of one truth record whose characters right changed when the corrector ran.</summary>
/// <param name="Field">The scorer's field name (<c>activity</c>, <c>legalBasis</c>, …).</param>
/// <param name="Changes">The corrector's changes in that field of that record, as <c>from → to</c>.</param>
public sealed record FieldDelta(string File, string Record, string Field, double HitsOff, double HitsOn, double Total, IReadOnlyList<string> Changes)
{
    public double Delta => HitsOn - HitsOff;
}

/// <summary>The same files scored without and with the corrector, and where the two differ.</summary>
public sealed record SideBySideReport(EvalReport Off, EvalReport On, IReadOnlyList<FieldDelta> Deltas, int Changes);

/// <summary>
/// Scores text correction on and off from one extraction: each file is read once without the corrector, then the
/// corrector is applied to its records, so the two runs see exactly the same OCR text and differ only by correction
/// (two full runs would OCR twice and could differ by timing-dependent reader choices). The uncorrected outputs go
/// to <c>OUT/correction-off/</c>, the corrected ones to <c>OUT/</c> as in a normal run.
/// </summary>
public sealed class CorrectionSideBySide(Func<string, ExtractResult> extractUncorrected, Func<SopRecord, SopRecord> correct)
{
    public const string OffFolder = "correction-off";

    public SideBySideReport Run(EvalOptions options, RunInfo info, Action<string>? progress = null)
    {
        var uncorrected = new Dictionary<string, ExtractResult>(StringComparer.Ordinal);
        var offFiles = new EvalRunner(path => uncorrected[path] = extractUncorrected(path))
            .Run(options with { OutDir = Path.Combine(options.OutDir, OffFolder) }, progress);
        var corrected = new Dictionary<string, ExtractResult>(StringComparer.Ordinal);
        var onFiles = new EvalRunner(path => corrected[path] = Correct(uncorrected[path])).Run(options);

        var truths = Directory.EnumerateFiles(options.TruthDir, "*.json").Select(SopJson.ReadExtract).ToDictionary(t => t.File, StringComparer.Ordinal);
        var deltas = new List<FieldDelta>();
        foreach (var (path, off) in uncorrected)
            if (truths.TryGetValue(Path.GetFileName(path), out var truth))
                deltas.AddRange(Deltas(truth, off, corrected[path]));
        var changes = corrected.Values.SelectMany(r => r.Records).Sum(r => r.Corrections?.Count ?? 0);
        return new SideBySideReport(
            new EvalReport(info with { Pipeline = info.Pipeline + ", correction off" }, offFiles),
            new EvalReport(info with { Pipeline = info.Pipeline + ", correction on" }, onFiles),
            deltas.OrderBy(d => d.Delta).ThenBy(d => d.File, StringComparer.Ordinal).ToList(), changes);
    }

    private ExtractResult Correct(ExtractResult result) => result with { Records = result.Records.Select(correct).ToList() };

    /// <summary>
    /// Field by field, per truth record: the corrected record is the uncorrected one with its text changed, so both are
    /// paired with the truth by the uncorrected run's matching.
    /// </summary>
    private static IEnumerable<FieldDelta> Deltas(ExtractResult truth, ExtractResult off, ExtractResult on)
    {
        foreach (var (t, o) in RecordMatcher.Match(truth.Records, off.Records))
        {
            var before = FileScorer.Record(truth.Records[t], off.Records[o]).FieldCharacters;
            var after = FileScorer.Record(truth.Records[t], on.Records[o]).FieldCharacters;
            foreach (var (field, ratio) in after)
            {
                var old = before.GetValueOrDefault(field);
                if (old.Hits == ratio.Hits) continue;
                var changes = (on.Records[o].Corrections ?? []).Skip(off.Records[o].Corrections?.Count ?? 0)
                    .Where(c => ScoredField(c.Field) == field).Select(c => $"{c.From} → {c.To}").ToList();
                yield return new FieldDelta(truth.File, truth.Records[t].Title, field, old.Hits, ratio.Hits, ratio.Total, changes);
            }
        }
    }

    /// <summary>The scorer's field for a correction's path: <c>steps[3].activity</c> → activity, <c>agency.office</c> → agency.</summary>
    internal static string ScoredField(string path)
    {
        if (path.StartsWith("steps[", StringComparison.Ordinal)) return path[(path.IndexOf('.') + 1)..];
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }
}
