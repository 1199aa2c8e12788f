namespace SopIngest.Correction.Text;

/// <summary>What a span of a line is, as far as the corrector cares.</summary>
internal enum TokenKind
{
    /// <summary>Letters only: a candidate for correction.</summary>
    Word,
    /// <summary>Digits, or letters mixed with digits (numbers, NIPs, dates, codes such as SP4N): never touched.</summary>
    Protected,
    /// <summary>An HTML tag left by the export (<c>&lt;li&gt;</c>): never touched.</summary>
    Markup,
}

/// <summary>A span of a line; everything between tokens (spaces, punctuation) is kept as it is.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, string Text)
{
    public int End => Start + Length;
}
