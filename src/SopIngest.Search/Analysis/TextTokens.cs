namespace SopIngest.Search.Analysis;

/// <summary>A word of a text with its character offsets; <see cref="Term"/> is lower case.</summary>
public readonly record struct TextToken(string Term, int Start, int End);

/// <summary>
/// The one tokenisation rule of the search code (the Lucene analyzer uses the same one): a token is a run
/// of letters and digits, lower-cased.
/// </summary>
public static class TextTokens
{
    public static bool IsTokenChar(int c) => c < 0x10000 ? char.IsLetterOrDigit((char)c) : char.IsLetterOrDigit(char.ConvertFromUtf32(c), 0);

    public static IEnumerable<TextToken> Split(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i > start) yield return new TextToken(text[start..i].ToLowerInvariant(), start, i);
        }
    }
}
