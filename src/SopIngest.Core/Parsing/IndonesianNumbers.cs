using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SopIngest.Core.Parsing;

/// <summary>Rewrites spelled-out Indonesian numbers ("tiga puluh", "satu setengah") as digits,
/// because some SOPs write durations in words instead of figures.</summary>
internal static partial class IndonesianNumbers
{
    private static readonly Dictionary<string, double> Units = new()
    {
        ["nol"] = 0, ["satu"] = 1, ["dua"] = 2, ["tiga"] = 3, ["empat"] = 4, ["lima"] = 5,
        ["enam"] = 6, ["tujuh"] = 7, ["delapan"] = 8, ["sembilan"] = 9,
        ["sepuluh"] = 10, ["sebelas"] = 11, ["setengah"] = 0.5, ["seperempat"] = 0.25,
        ["seratus"] = 100, ["seribu"] = 1000,
    };

    // Multipliers only continue a number; on their own ("puluhan", "ribu") they are not one.
    private static readonly HashSet<string> Multipliers = ["belas", "puluh", "ratus", "ribu"];

    /// <summary>Expects lower-case text; replaces each run of number words with its value.</summary>
    public static string ToDigits(string text)
    {
        // "sehari", "sejam" ... are the everyday way of saying "one day", "one hour".
        text = OnePrefix().Replace(text, "1 $1");
        var words = Word().Matches(text).ToList();
        var result = new StringBuilder();
        int copied = 0;
        for (int k = 0; k < words.Count;)
        {
            if (!Units.ContainsKey(words[k].Value)) { k++; continue; }
            int end = k + 1;
            while (end < words.Count && OnlySpaceBefore(text, words, end)
                   && (Units.ContainsKey(words[end].Value) || Multipliers.Contains(words[end].Value))) end++;
            result.Append(text, copied, words[k].Index - copied);
            result.Append(Value(words.Skip(k).Take(end - k).Select(w => w.Value)).ToString(CultureInfo.InvariantCulture));
            copied = words[end - 1].Index + words[end - 1].Length;
            k = end;
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    // Only words separated by plain spaces form one number: "dua; tiga" is two numbers.
    private static bool OnlySpaceBefore(string text, List<Match> words, int at) =>
        text[(words[at - 1].Index + words[at - 1].Length)..words[at].Index].Trim().Length == 0;

    private static double Value(IEnumerable<string> words)
    {
        double total = 0, current = 0;
        foreach (var w in words)
        {
            switch (w)
            {
                case "belas": current += 10; break;
                case "puluh": total += current * 10; current = 0; break;
                case "ratus": total += current * 100; current = 0; break;
                case "ribu": total = (total + current) * 1000; current = 0; break;
                case "seratus" or "seribu": total += Units[w]; break;
                default: current += Units[w]; break;
            }
        }
        return total + current;
    }

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\bse(menit|jam|hari|minggu|pekan|bulan|tahun)\b")]
    private static partial Regex OnePrefix();
}
