using System.Text;

namespace SopIngest.Search.Analysis;

/// <summary>
/// Cuts a highlighted snippet from a text given the offsets of the words that matched: the window of
/// about <c>length</c> characters holding the most matches, matches wrapped in <c>&lt;em&gt;</c>.
/// </summary>
public static class Snippets
{
    public static string Cut(string text, IReadOnlyList<(int Start, int End)> matches, int length = 180)
    {
        if (text.Length == 0) return "";
        var sorted = matches.Where(m => m.Start >= 0 && m.End <= text.Length && m.End > m.Start)
            .Distinct().OrderBy(m => m.Start).ToList();
        if (sorted.Count == 0) return Escape(Trim(text, 0, Math.Min(text.Length, length)));

        // the densest window: the match to start from that has the most matches within `length`
        int bestStart = 0, bestCount = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            var count = 0;
            var distinctWords = new HashSet<string>();
            for (var j = i; j < sorted.Count && sorted[j].End - sorted[i].Start <= length; j++)
                if (distinctWords.Add(text[sorted[j].Start..sorted[j].End].ToLowerInvariant())) count++;
            if (count > bestCount) (bestCount, bestStart) = (count, i);
        }
        var from = Math.Max(0, sorted[bestStart].Start - 30);
        // start at a word boundary
        while (from > 0 && char.IsLetterOrDigit(text[from - 1])) from--;
        var to = Math.Min(text.Length, from + length);
        while (to < text.Length && char.IsLetterOrDigit(text[to])) to++;

        var sb = new StringBuilder();
        if (from > 0) sb.Append('…');
        var at = from;
        foreach (var (start, end) in sorted)
        {
            if (start < at || end > to) continue;
            sb.Append(Escape(text[at..start])).Append("<em>").Append(Escape(text[start..end])).Append("</em>");
            at = end;
        }
        sb.Append(Escape(text[at..to]));
        if (to < text.Length) sb.Append('…');
        return sb.ToString();
    }

    private static string Trim(string text, int from, int to)
    {
        while (to < text.Length && char.IsLetterOrDigit(text[to])) to++;
        return text[from..to] + (to < text.Length ? "…" : "");
    }

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Levenshtein distance, giving up (returning max + 1) once it exceeds <paramref name="max"/>.</summary>
    public static int EditDistance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
