using SopIngest.Core.Checks;
using SopIngest.Core.Records;

namespace SopIngest.Web.Review;

/// <summary>A field the reviewer should look at first, and why.</summary>
/// <param name="Field">The contract path, e.g. <c>steps[2].actors</c>; the page's inputs carry it as <c>data-field</c>.</param>
/// <param name="Kind"><c>standard</c> (an SOP-standard finding), <c>confidence</c> (read with low confidence) or <c>corrected</c> (changed by the corrector).</param>
public sealed record Doubt(string Field, string Kind, string Reason);

/// <summary>Collects a record's doubts: SOP-standard findings first, then low-confidence steps, then the corrector's changes.</summary>
public static class Doubts
{
    public static IReadOnlyList<Doubt> Of(SopRecord record, double threshold)
    {
        var index = record.Steps.Select((s, i) => (s.No, i)).GroupBy(x => x.No).ToDictionary(g => g.Key, g => g.First().i);
        string StepField(int? no, string code)
        {
            if (no is not { } n || !index.TryGetValue(n, out var i))
                return code is "start-count" or "end-count" && record.Steps.Count > 0 ? "steps[0].shape" : "title";
            return code switch
            {
                "no-actor" => $"steps[{i}].actors",
                "no-duration" => $"steps[{i}].duration",
                _ => $"steps[{i}].next",
            };
        }
        var doubts = new List<Doubt>();
        if (string.IsNullOrWhiteSpace(record.Title))
            doubts.Add(new Doubt("title", "standard", "the SOP has no title"));
        doubts.AddRange(SopStandardCheck.Check(record).Select(f =>
            new Doubt(StepField(f.Step, f.Code), "standard", f.Step is { } n ? $"step {n}: {f.Message}" : f.Message)));
        for (var i = 0; i < record.Steps.Count; i++)
            if (record.Steps[i].Confidence is { } c && c < threshold)
                doubts.Add(new Doubt($"steps[{i}].activity", "confidence", $"step {record.Steps[i].No} read with confidence {c:0.00}"));
        foreach (var c in record.Corrections ?? [])
            doubts.Add(new Doubt(c.Field, "corrected", $"the corrector changed '{c.From}' to '{c.To}'" + (c.Confidence is { } p ? $" ({p:0.00})" : "")));
        return doubts.GroupBy(d => d.Field).Select(g => g.First()).ToList();
    }
}
