using System.Text;
using System.Text.RegularExpressions;

namespace SopIngest.Core.Parsing;

/// <summary>Digits of an NIP (civil servant id) as printed. No length check: OCR often prints 17 or 19
/// digits and the caller decides what to do with that.</summary>
public static partial class Nip
{
    public static string Digits(string text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // Start after the label when there is one, so a rank like "Pembina 1719/b" before it is not read.
        var label = Label().Match(text);
        var digits = new StringBuilder();
        for (int i = label.Success ? label.Index + label.Length : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (digits.Length == 0) continue;                 // ". :" between label and number
            else if (c is ' ' or '.' or '\u00A0') continue;        // "19730314 199803 2 009" groups
            else if (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) continue;  // "199803-2-009"
            else break;  // tab, newline or the next word ("Penyusunan") ends the number
        }
        return digits.ToString();
    }

    // "NIK"/"NP"/"Np" are how OCR misreads the NIP label in the corpus.
    [GeneratedRegex(@"\bN\s?\.?\s?I\s?\.?\s?[PK]\b|\bNP\b", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
