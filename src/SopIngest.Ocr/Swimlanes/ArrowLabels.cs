using SopIngest.Core.Layout;

namespace SopIngest.Ocr.Swimlanes;

/// <summary>
/// Reads a decision's exits: the "Ya" or "Tidak" written next to where each arrow leaves the diamond, taken from the
/// words read in the table's cells. OCR of such small words slips ("Tdak", "Tldak"), so a word counts by its letters.
/// </summary>
internal static class ArrowLabels
{
    /// <summary>
    /// The arrows with labels; <paramref name="reach"/> and the exits are in page units. A word labels the exit of
    /// its decision it is nearest to, so a diamond's "Ya" cannot also label the exit beside it whose own word was misread.
    /// </summary>
    public static IReadOnlyList<FlowArrow> Label(IEnumerable<(TracedArrow Arrow, double X, double Y)> arrows, IReadOnlyList<Word> words, double reach)
    {
        var all = arrows.ToList();
        var labels = words.Select(w => (Label: LabelOf(w.Text), w.Box)).Where(w => w.Label is not null).ToList();
        return all.Select(a =>
        {
            if (!a.Arrow.FromDecision) return a.Arrow.Arrow;
            var siblings = all.Where(o => o.Arrow.FromDecision && SameSource(o.Arrow, a.Arrow)).ToList();
            double From((string? Label, Box Box) w, (TracedArrow Arrow, double X, double Y) exit) => Distance(w.Box, exit.X, exit.Y);
            var label = labels
                .Where(w => From(w, a) <= reach && siblings.All(o => From(w, o) >= From(w, a)))
                .OrderBy(w => From(w, a))
                .Select(w => w.Label)
                .FirstOrDefault();
            return a.Arrow.Arrow with { Label = label };
        }).ToList();
    }

    private static bool SameSource(TracedArrow a, TracedArrow b) =>
        (a.Arrow.FromRow, a.Arrow.FromColumn) == (b.Arrow.FromRow, b.Arrow.FromColumn);

    internal static string? LabelOf(string text)
    {
        var letters = new string(text.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        if (letters is "ya" or "y") return "Ya";
        return letters.Length is >= 4 and <= 5 && letters[0] == 't' && letters.EndsWith("ak") ? "Tidak" : null;
    }

    private static double Distance(Box box, double x, double y)
    {
        var dx = Math.Max(0, Math.Max(box.Left - x, x - box.Right));
        var dy = Math.Max(0, Math.Max(box.Top - y, y - box.Bottom));
        return Math.Sqrt(dx * dx + dy * dy);
    }
}
