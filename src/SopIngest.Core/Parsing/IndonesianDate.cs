using System.Text.RegularExpressions;

namespace SopIngest.Core.Parsing;

/// <summary>Reads the Tanggal Pembuatan / Revisi / Efektif cells ("08 November 2023", ": 16 September 2019",
/// "10/12/2019"). Returns null rather than a guessed date when the text is empty, unreadable or impossible.</summary>
public static partial class IndonesianDate
{
    private static readonly Dictionary<string, int> Months = new()
    {
        ["januari"] = 1, ["january"] = 1, ["jan"] = 1,
        ["februari"] = 2, ["pebruari"] = 2, ["febuari"] = 2, ["february"] = 2, ["feb"] = 2, ["peb"] = 2,
        ["maret"] = 3, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["agustus"] = 8, ["august"] = 8, ["agu"] = 8, ["agt"] = 8, ["agus"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nopember"] = 11, ["nov"] = 11, ["nop"] = 11,
        ["desember"] = 12, ["december"] = 12, ["des"] = 12, ["dec"] = 12,
    };

    public static DateOnly? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // OCR reads 0 as O and 1 as l or I inside figures ("1O Desember 2019"); only fix tokens that have a digit.
        var s = DigitLike().Replace(text, m => m.Value.Any(char.IsDigit)
            ? m.Value.Replace('O', '0').Replace('o', '0').Replace('l', '1').Replace('I', '1')
            : m.Value);

        // Skip "28 Tahun 2017" and the like: the first day-word-year whose word is a month wins.
        foreach (Match m in Named().Matches(s))
            if (Month(m.Groups[2].Value.ToLowerInvariant()) is { } month)
                return Build(m.Groups[3].Value, month, m.Groups[1].Value);

        if (Numeric().Match(s) is { Success: true } n)  // day-month-year, as Indonesian documents write it
            return Build(n.Groups[4].Value, int.Parse(n.Groups[3].Value), n.Groups[1].Value);
        if (Iso().Match(s) is { Success: true } iso)
            return Build(iso.Groups[1].Value, int.Parse(iso.Groups[2].Value), iso.Groups[3].Value);
        return null;
    }

    private static int? Month(string word)
    {
        if (Months.TryGetValue(word, out var month)) return month;
        if (word.Length < 5) return null;  // "Juni"/"Juli" are one letter apart: no fuzzy match for short words
        foreach (var (name, value) in Months)
            if (name.Length >= 5 && Fuzzy.WithinOneEdit(word, name)) return value;
        return null;
    }

    private static DateOnly? Build(string year, int month, string day)
    {
        int y = int.Parse(year), d = int.Parse(day);
        if (y is < 1900 or > 2100 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month)) return null;
        return new DateOnly(y, month, d);
    }

    [GeneratedRegex(@"\b[0-9OoIl]{1,4}\b")] private static partial Regex DigitLike();
    [GeneratedRegex(@"\b(\d{1,2})\s*[-/.]?\s*([A-Za-z]{3,})\.?\s*[-/.,]?\s*(\d{4})\b")] private static partial Regex Named();
    [GeneratedRegex(@"\b(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})\b")] private static partial Regex Numeric();
    [GeneratedRegex(@"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")] private static partial Regex Iso();
}
