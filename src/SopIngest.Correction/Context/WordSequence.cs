using SopIngest.Correction.Text;

namespace SopIngest.Correction.Context;

/// <summary>The word tokens of a line in order, with sentence boundaries where markup or numbers break the text.</summary>
internal static class WordSequence
{
    public const string Boundary = "<s>";

    /// <summary>Lower-case words with <see cref="Boundary"/> between runs; used for n-gram counts.</summary>
    public static IEnumerable<string> Of(IReadOnlyList<Token> tokens)
    {
        yield return Boundary;
        foreach (var t in tokens)
            yield return t.Kind == TokenKind.Word ? t.Text.ToLowerInvariant() : Boundary;
        yield return Boundary;
    }
}
