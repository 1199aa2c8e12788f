using System.Text;

namespace SopIngest.Web.Review.Overlays;

/// <summary>
/// How alike a field's text and a region's text are, 0..1: a field read from a cell usually is that cell's
/// text (possibly after the corrector or a reviewer changed a few letters), or a part of it (a label and its
/// value share a cell). Character bigrams tolerate OCR slips; containment covers the label case.
/// </summary>
internal static class TextSimilarity
{
    /// <summary>Shorter field texts ("-", "1") would match anywhere.</summary>
    public const int MinLength = 3;

    public static double Score(string field, string region)
    {
        var a = Normalize(field);
        var b = Normalize(region);
        if (a.Length < MinLength || b.Length == 0)
            return 0;
        if (a == b)
            return 1;
        return Math.Max(Math.Max(Contained(a, b), Contained(a.Replace(" ", ""), b.Replace(" ", ""))), Dice(a, b));
    }

    /// <summary>
    /// A field inside a longer region (a label and its value in one cell); also tried without spaces, since a NIP is
    /// stored as digits but printed in groups ("19600131 198603 2 009").
    /// </summary>
    private static double Contained(string a, string b) =>
        a.Length > 0 && b.Contains(a, StringComparison.Ordinal) ? 0.6 + 0.4 * a.Length / b.Length : 0;

    /// <summary>Lower case, letters and digits only, single spaces.</summary>
    internal static string Normalize(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
                s.Append(c);
            else if (s.Length > 0 && s[^1] != ' ')
                s.Append(' ');
        }
        return s.ToString().TrimEnd();
    }

    private static double Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
            return 0;
        var counts = new Dictionary<(char, char), int>();
        for (var i = 0; i + 1 < a.Length; i++)
            counts[(a[i], a[i + 1])] = counts.GetValueOrDefault((a[i], a[i + 1])) + 1;
        var shared = 0;
        for (var i = 0; i + 1 < b.Length; i++)
            if (counts.TryGetValue((b[i], b[i + 1]), out var n) && n > 0)
            {
                counts[(b[i], b[i + 1])] = n - 1;
                shared++;
            }
        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }
}
