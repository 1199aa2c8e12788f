using System.Text;
using System.Text.RegularExpressions;

namespace SopIngest.Core.Parsing;

/// <summary>Digits of an NIP (civil servant id) as printed. No length check: OCR often prints 17 or 19
/// digits and the caller decides what to do with that.</summary>
public static partial class Nip
{
    /// <summary>Digits in a full NIP (birth date, appointment month, sex, serial number).</summary>
    public const int Length = 18;

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
            else if (MisreadDigit(text, i, digits.Length) is { } d) digits.Append(d);  // "19600131 T98603"
            else if (c is ' ' or '.' or '\u00A0') continue;        // "19730314 199803 2 009" groups
            else if (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) continue;  // "199803-2-009"
            else break;  // tab, newline or the next word ("Penyusunan") ends the number
        }
        return digits.ToString();
    }


    /// <summary>
    /// The digit OCR took for a letter inside the number — "T98603", "2O10" — when the letter stands between
    /// digits of an NIP not yet full: a stamp or a blurred scan turns a 1 into T or I, a 0 into O or D.
    /// </summary>
    private static char? MisreadDigit(string text, int at, int digitsSoFar)
    {
        // A full NIP: a letter after it is the next word, not a misread digit.
        if (digitsSoFar >= Length || at + 1 >= text.Length || !char.IsAsciiDigit(text[at + 1])) return null;
        return text[at] switch
        {
            'O' or 'o' or 'D' or 'Q' => '0',
            'I' or 'l' or '|' or 'T' or 'i' or '!' => '1',
            'Z' or 'z' => '2',
            'S' => '5',
            'B' => '8',
            _ => null,
        };
    }

    // "NIK"/"NP"/"Np" are how OCR misreads the NIP label in the corpus.
    [GeneratedRegex(@"\bN\s?\.?\s?I\s?\.?\s?[PK]\b|\bNP\b", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
