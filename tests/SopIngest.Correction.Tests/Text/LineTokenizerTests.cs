using SopIngest.Correction.Text;

namespace SopIngest.Correction.Tests.Text;

public sealed class LineTokenizerTests
{
    [Fact]
    public void Tokenize_SeparatesWordsFromNumbersCodesAndMarkup()
    {
        var tokens = LineTokenizer.Tokenize("<li>- Undangun</li> NIP. 19730314 SP4N &amp; Kasubag");

        Assert.Equal(
            [("<li>", TokenKind.Markup), ("Undangun", TokenKind.Word), ("</li>", TokenKind.Markup), ("NIP", TokenKind.Word),
             ("19730314", TokenKind.Protected), ("SP4N", TokenKind.Protected), ("&amp;", TokenKind.Markup), ("Kasubag", TokenKind.Word)],
            tokens.Select(t => (t.Text, t.Kind)).ToArray());
    }

    [Fact]
    public void Tokenize_KeepsOffsetsIntoTheLine()
    {
        const string line = "Mutu\tBaku  Keterangan";
        foreach (var t in LineTokenizer.Tokenize(line)) Assert.Equal(t.Text, line.Substring(t.Start, t.Length));
    }

    [Fact]
    public void Tokenize_ALoneLessThanSign_IsNotMarkup() =>
        Assert.All(LineTokenizer.Tokenize("nilai < 5 dan > 2"), t => Assert.NotEqual(TokenKind.Markup, t.Kind));
}
