using SopIngest.Core.Records;
using SopIngest.Evaluation.Metrics;

namespace SopIngest.Evaluation.Scoring;

/// <summary>
/// Character accuracy of all the text a file's truth holds, whatever order a reader put it in: every truth word
/// is matched to its closest unused word of the reader's text, and scores its length less the edit distance.
/// Reading order and layout do not count, so plain page OCR and the pipeline's records are scored alike.
/// </summary>
public static class AllTextScorer
{
    public static Ratio Score(ExtractResult truth, string text) => Score(Words(TextOf(truth)), Words(text));

    /// <summary>All printed text of a result: its records' fields and steps, and the pages no SOP took.</summary>
    public static string TextOf(ExtractResult result) =>
        string.Join("\n", result.Records.SelectMany(Fields).Concat(result.OtherPages.Select(p => p.Text)));

    internal static Ratio Score(IReadOnlyList<string> truth, IReadOnlyList<string> words)
    {
        var unused = words.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var total = truth.Sum(w => w.Length);
        double hits = 0;
        var missed = new List<string>();
        foreach (var word in truth)
        {
            if (unused.GetValueOrDefault(word) > 0)
            {
                unused[word]--;
                hits += word.Length;
            }
            else
                missed.Add(word);
        }
        // Misread words take the closest word left over: longest first, as they carry the most characters.
        foreach (var word in missed.OrderByDescending(w => w.Length))
        {
            var (best, distance) = Closest(word, unused);
            if (best is null) continue;
            unused[best]--;
            hits += word.Length - Math.Min(word.Length, distance);
        }
        return new Ratio(hits, total);
    }

    private static (string? Word, int Distance) Closest(string word, Dictionary<string, int> unused)
    {
        string? best = null;
        var bestDistance = word.Length; // a word no closer than that scores nothing anyway
        foreach (var (candidate, count) in unused)
        {
            if (count == 0 || Math.Abs(candidate.Length - word.Length) >= bestDistance) continue;
            var d = EditDistance.Levenshtein(word, candidate);
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        return (best, bestDistance);
    }

    private static IReadOnlyList<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> Fields(SopRecord r) =>
        new[] { r.Number, r.Title, r.Agency.Government, r.Agency.Office, r.Approval.Position, r.Approval.Name }
            .Concat(r.Agency.Units).Concat(r.LegalBasis).Concat(r.Qualifications).Concat(r.RelatedSops)
            .Concat(r.Equipment).Concat(r.Warnings).Concat(r.RecordKeeping).Concat(r.Actors)
            .Concat(r.Steps.SelectMany(s => new[] { s.Activity, s.Requirements, s.Output, s.Notes, s.Duration.Text }));
}
