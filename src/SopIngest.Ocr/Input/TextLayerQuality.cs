using System.Text.RegularExpressions;

namespace SopIngest.Ocr.Input;

/// <summary>What a PDF page's text layer is worth.</summary>
internal enum TextLayer { None, Good, Junk }

/// <summary>
/// Judges a PDF page's text layer. Junk from an earlier poor OCR shows as tokens that are not words:
/// letters mixed with digits and symbols ("Ke9a1a", "|l1i"), no vowels, runs of punctuation.
/// </summary>
internal static partial class TextLayerQuality
{
    // A word (with an optional closing mark), a number or date, a list marker, or a short symbol on its own.
    [GeneratedRegex(@"^[(\[""']?(\p{L}+([-'’/]\p{L}+)*[.,:;)!?""']*|\d+([.,:/\-]\d+)*[.,:;)%]*|[a-zA-Z0-9][.)]|[-–•:;,.()/&%=+□])$")]
    private static partial Regex Plausible();

    [GeneratedRegex("[aeiouAEIOU]")]
    private static partial Regex Vowel();

    public static TextLayer Judge(IReadOnlyCollection<string> words, double minGoodShare)
    {
        if (words.Count == 0) return TextLayer.None;
        var good = words.Count(IsPlausible);
        return words.Count >= 5 && good < minGoodShare * words.Count ? TextLayer.Junk : TextLayer.Good;
    }

    internal static bool IsPlausible(string token)
    {
        if (!Plausible().IsMatch(token)) return false;
        var letters = token.Count(char.IsLetter);
        // Indonesian words of three or more letters have a vowel; abbreviations (SOP, NIP) are upper case.
        return letters < 3 || Vowel().IsMatch(token) || token.Where(char.IsLetter).All(char.IsUpper);
    }
}
