using System.Text;

namespace SopIngest.Web.Review.Overlays;

/// <summary>
/// A text made ready for comparison once: lower case, letters and digits only, single spaces; the same without
/// spaces; and its character bigrams, sorted (a page's regions are compared with every field of a record).
/// </summary>
internal sealed class ComparableText
{
    private ComparableText(string text)
    {
        Text = text;
        Compact = text.Replace(" ", "");
        Bigrams = new int[Math.Max(0, text.Length - 1)];
        for (var i = 0; i + 1 < text.Length; i++)
            Bigrams[i] = (text[i] << 16) | text[i + 1];
        Array.Sort(Bigrams);
    }

    public string Text { get; }
    public string Compact { get; }
    public int[] Bigrams { get; }

    public static ComparableText Of(string raw) => new(Normalize(raw));

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
}

/// <summary>
/// How alike a field's text and a region's text are, 0..1: a field read from a cell usually is that cell's
/// text (possibly after the corrector or a reviewer changed a few letters), or a part of it (a label and its
/// value share a cell). Character bigrams tolerate OCR slips; containment covers the label case.
/// </summary>
internal static class TextSimilarity
{
    /// <summary>Shorter field texts ("-", "1") would match anywhere.</summary>
    public const int MinLength = 3;

    public static double Score(string field, string region) => Score(ComparableText.Of(field), ComparableText.Of(region));

    public static double Score(ComparableText field, ComparableText region)
    {
        var (a, b) = (field.Text, region.Text);
        if (a.Length < MinLength || b.Length == 0)
            return 0;
        if (a == b)
            return 1;
        var contained = Math.Max(Contained(a, b), Contained(field.Compact, region.Compact));
        return Math.Max(contained, Dice(field.Bigrams, region.Bigrams));
    }

    internal static string Normalize(string text) => ComparableText.Normalize(text);

    /// <summary>
    /// A field inside a longer region (a label and its value in one cell); also tried without spaces, since a NIP is
    /// stored as digits but printed in groups ("19600131 198603 2 009").
    /// </summary>
    private static double Contained(string a, string b) =>
        a.Length > 0 && b.Contains(a, StringComparison.Ordinal) ? 0.6 + 0.4 * a.Length / b.Length : 0;

    /// <summary>Dice's coefficient of two sorted bigram lists (shared bigrams counted with their multiplicity).</summary>
    private static double Dice(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
            return 0;
        var (i, j, shared) = (0, 0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return 2.0 * shared / (a.Length + b.Length);
    }
}
