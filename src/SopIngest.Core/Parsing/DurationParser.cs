using System.Globalization;
using System.Text.RegularExpressions;
using SopIngest.Core.Records;

namespace SopIngest.Core.Parsing;

/// <summary>
/// Reads a Mutu Baku "Waktu" cell into a range of minutes. Unreadable cells keep their text and get
/// null minutes: a wrong number is worse than none. Alternatives ("15 menit; 1 jam") become one range
/// (smallest minimum, largest maximum) because they are options, not steps to add up.
/// </summary>
/// <remarks>
/// Waktu values in corpus/ocr-exports that honestly yield null minutes:
/// "" and "-" (empty cells); "5 - 1 Jam" (inverted range with a shared unit, probably "5 menit - 1 jam",
/// but that is a guess); cells holding only a column number ("8", "9", "10") or Kelengkapan text that
/// OCR shifted into the Waktu column. "8 30 menit" reads as 30 minutes: the 8 is the printed column
/// number glued on by OCR, and a number without a unit is never used on its own.
/// </remarks>
public static partial class DurationParser
{
    public static Duration Parse(string text)
    {
        text ??= "";
        var folded = Spaces().Replace(text, " ").Trim();
        double? min = null, max = null;
        foreach (var part in Separators().Split(Normalise(text)))
        {
            foreach (var (lo, hi) in ParseSegment(part))
            {
                min = Math.Min(min ?? lo, lo);
                max = Math.Max(max ?? hi, hi);
            }
        }
        // Rounding keeps float noise such as 72.00000000000001 out of the JSON.
        return new Duration(folded, Round(min), Round(max));
    }

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;

    private static string Normalise(string text)
    {
        var s = Tags().Replace(text, " ").ToLowerInvariant();
        s = DecimalComma().Replace(s, "$1.$2");
        s = s.Replace('–', '-').Replace('—', '-').Replace('−', '-').Replace("½", " 0.5 ");
        s = Half().Replace(s, " 0.5 ");
        s = RangeWords().Replace(s, " ~ ");          // before "/" is used as a separator
        s = OneAsLetter().Replace(s, "1 $1");          // OCR's "l jam", "ljam", "I hari" -> "1 jam"
        s = DigitLetter().Replace(s, "$1 $2");         // "30menit" -> "30 menit"
        s = LetterDigit().Replace(s, "$1 $2");
        s = IndonesianNumbers.ToDigits(s);
        s = Echo().Replace(s, "$1");                  // "3 (tiga) hari" -> "3 (3) hari" -> "3 hari"
        s = DashRange().Replace(s, " ~ ");            // "1-2 hari"; a bullet "- Surat" stays a dash
        while (Times().Match(s) is { Success: true } m)  // "2 x 24 jam"
            s = s[..m.Index] + Format(Num(m.Groups[1]) * Num(m.Groups[2])) + s[(m.Index + m.Length)..];
        return s;
    }

    private static IEnumerable<(double Lo, double Hi)> ParseSegment(string segment)
    {
        // "dan" only joins the parts of a compound ("1 jam dan 30 menit"), so it must not split them.
        var items = Quantities(Tokens().Matches(segment).Select(m => m.Value).Where(t => t != "dan").ToList());
        for (int i = 0; i < items.Count; i++)
        {
            var q = items[i];
            if (q is null) continue;  // a range mark with nothing before it
            if (i + 2 < items.Count && items[i + 1] is null && items[i + 2] is { } r)
            {
                i += 2;
                if (r.Unit is null) continue;  // "30 menit - 5": the upper end has no unit, don't guess
                if (q.Unit is null)
                {
                    // Shared unit ("1-2 hari"); an inverted one ("5 - 1 jam") is ambiguous, so skip it.
                    var lo = q.Value * r.Unit.Value;
                    if (lo <= r.Minutes) yield return (lo, r.Minutes);
                    continue;
                }
                yield return (Math.Min(q.Minutes, r.Minutes), Math.Max(q.Minutes, r.Minutes));
            }
            else if (q.Unit is not null)
                yield return (q.Minutes, q.Minutes);
        }
    }

    private sealed record Quantity(double Value, double? Unit, double Minutes);

    /// <summary>Numbers with their units; null stands for a range mark. Other words are qualifiers
    /// ("kerja", "per surat", "maks") and drop out.</summary>
    private static List<Quantity?> Quantities(List<string> tokens)
    {
        var items = new List<Quantity?>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == "~") { items.Add(null); continue; }
            if (!char.IsDigit(tokens[i][0])) continue;
            var n = double.Parse(tokens[i], CultureInfo.InvariantCulture);
            var unit = i + 1 < tokens.Count ? DurationUnits.Of(tokens[i + 1]) : null;
            if (unit is null) { items.Add(new Quantity(n, null, 0)); continue; }
            i++;
            var minutes = n * unit.Value;
            // "1 jam 30 menit" is one compound duration: add while the units get smaller.
            while (i + 2 < tokens.Count && char.IsDigit(tokens[i + 1][0])
                   && DurationUnits.Of(tokens[i + 2]) is { } next && next < unit)
            {
                minutes += double.Parse(tokens[i + 1], CultureInfo.InvariantCulture) * next;
                unit = next;
                i += 2;
            }
            items.Add(new Quantity(n, unit, minutes));
        }
        return items;
    }

    private static double Num(Group g) => double.Parse(g.Value, CultureInfo.InvariantCulture);
    private static string Format(double v) => v.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"<[^>]*>")] private static partial Regex Tags();
    [GeneratedRegex(@"(\d),(\d)")] private static partial Regex DecimalComma();
    [GeneratedRegex(@"\b1\s*/\s*2\b")] private static partial Regex Half();
    [GeneratedRegex(@"\b(?:s\s*/\s*d|s\s*\.\s*d|sd|sampai(?:\s+dengan)?|hingga)\b")] private static partial Regex RangeWords();
    [GeneratedRegex(@"(\d)([a-z])")] private static partial Regex DigitLetter();
    // After lower-casing, a lone "l" or "i" (or "|") right before a unit word is a misread "1".
    [GeneratedRegex(@"(?<![a-z0-9])[li|]\s*(menit|jam|hari|minggu|bulan|tahun|detik)\b")] private static partial Regex OneAsLetter();
    [GeneratedRegex(@"([a-z])(\d)")] private static partial Regex LetterDigit();
    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*\(\s*\d+(?:\.\d+)?\s*\)")] private static partial Regex Echo();
    [GeneratedRegex(@"(?<=\S)[ \t]*-[ \t]*(?=\d)")] private static partial Regex DashRange();
    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)")] private static partial Regex Times();
    [GeneratedRegex(@"[;/,\n\r]|\batau\b")] private static partial Regex Separators();
    [GeneratedRegex(@"\d+(?:\.\d+)?|~|[a-z]+")] private static partial Regex Tokens();
}
