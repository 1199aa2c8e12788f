using SopIngest.Correction.Context;
using SopIngest.Correction.Correcting;
using SopIngest.Correction.Text;

namespace SopIngest.Correction.Training;

/// <summary>
/// Scores a model on labelled tokens: each labelled line is corrected as if the corpus had never held it (its features
/// see the corpus without that line; whether a form is the corpus's own is asked of the corpus without its whole
/// document, since a new scan's repeated misreads are nowhere in the corpus either), and the changes touching labelled
/// spans are compared with the labels.
/// </summary>
internal static class Evaluator
{
    public sealed record Outcome(LabelScores Scores, IReadOnlyDictionary<string, LabelScores> ByKind, List<string> Misses, List<string> FalseChanges);

    public static Outcome Evaluate(CorrectionModel model, IReadOnlyDictionary<string, string[]> corpus, IReadOnlyList<LabelledToken> labels, TextCorrectorOptions options)
    {
        var corrector = new LineCorrector(model);
        var results = new List<(LabelledToken Label, string Verdict, string Detail)>();
        var documentCounts = labels.Select(l => l.File).Distinct()
            .ToDictionary(f => f, f => LineExcludedCounts.ForDocument(model.Statistics, corpus[f]));
        foreach (var group in labels.GroupBy(l => (l.File, l.Line)))
        {
            var line = corpus[group.Key.File][group.Key.Line - 1];
            var tokens = LineTokenizer.Tokenize(line);
            var corrected = corrector.Correct(line, new LineExcludedCounts(model.Statistics, tokens), 1.0, options, tokens, documentCounts[group.Key.File]);
            foreach (var label in group)
            {
                var touching = corrected.Changes.Where(c => c.Start < label.End && label.Column < c.Start + c.Length).ToList();
                var where = $"{label.File}:{label.Line} {label.Token}";
                if (!label.IsError)
                {
                    results.Add(touching.Count == 0 ? (label, "kept", "") : (label, "false", $"{where} -> {touching[0].To} ({touching[0].Confidence:0.00})"));
                    continue;
                }
                var exact = label.Correction.Length == 0
                    ? touching.Any(c => c.To.Length == 0 && c.Start <= label.Column && label.End <= c.Start + c.Length)
                    : touching.Any(c => c.Start == label.Column && c.Length == label.Token.Length && c.To == label.Correction);
                if (exact) results.Add((label, "tp", ""));
                else if (touching.Count > 0) results.Add((label, "wrong", $"{where} -> {touching[0].To} (want {label.Correction})"));
                else results.Add((label, "miss", $"{where} (want {label.Correction})"));
            }
        }
        var byKind = results.GroupBy(r => r.Label.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Score(g.ToList()));
        return new Outcome(Score(results), byKind,
            results.Where(r => r.Verdict is "miss" or "wrong").Select(r => r.Detail).ToList(),
            results.Where(r => r.Verdict == "false").Select(r => r.Detail).ToList());
    }

    private static LabelScores Score(List<(LabelledToken Label, string Verdict, string Detail)> r)
    {
        var errors = r.Count(x => x.Label.IsError);
        var correct = r.Count - errors;
        var tp = r.Count(x => x.Verdict == "tp");
        var wrong = r.Count(x => x.Verdict == "wrong");
        var miss = r.Count(x => x.Verdict == "miss");
        var falseChanges = r.Count(x => x.Verdict == "false");
        var changes = tp + wrong + falseChanges;
        return new LabelScores(errors, correct, tp, wrong, miss, falseChanges,
            Precision: changes == 0 ? 1 : Math.Round((double)tp / changes, 4),
            Recall: errors == 0 ? 1 : Math.Round((double)tp / errors, 4),
            FalseChangeRate: correct == 0 ? 0 : Math.Round((double)falseChanges / correct, 4));
    }

    /// <summary>Share of the corpus's word tokens that the model changes (each line seen as held-out labels are); labelled errors excluded.</summary>
    public static (double Rate, int Tokens) CorpusChangeRate(CorrectionModel model, IReadOnlyDictionary<string, string[]> corpus, IReadOnlyList<LabelledToken> labels, TextCorrectorOptions options)
    {
        var corrector = new LineCorrector(model);
        var errorSpans = labels.Where(l => l.IsError).Select(l => (l.File, l.Line, l.Column)).ToHashSet();
        int words = 0, changed = 0;
        foreach (var (file, lines) in corpus)
        {
        var counts = LineExcludedCounts.ForDocument(model.Statistics, lines);
        for (var i = 0; i < lines.Length; i++)
        {
            var tokens = LineTokenizer.Tokenize(lines[i]);
            words += tokens.Count(t => t.Kind == TokenKind.Word);
            var result = corrector.Correct(lines[i], new LineExcludedCounts(model.Statistics, tokens), 1.0, options with { RemoveStrayMarks = false }, tokens, counts);
            changed += result.Changes.Count(c => !errorSpans.Contains((file, i + 1, c.Start)));
        }
        }
        return (words == 0 ? 0 : Math.Round((double)changed / words, 4), words);
    }
}
