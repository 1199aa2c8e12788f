namespace SopIngest.Correction.Text;

/// <summary>How a word is capitalised, so a correction can be written back the same way.</summary>
internal enum CaseShape { Lower, Capitalized, Upper, Mixed }

internal static class CasePattern
{
    public static CaseShape Of(string word)
    {
        int upper = 0, lower = 0;
        foreach (var ch in word)
        {
            if (char.IsUpper(ch)) upper++;
            else if (char.IsLower(ch)) lower++;
        }
        if (upper == 0) return CaseShape.Lower;
        if (lower == 0) return word.Length == 1 ? CaseShape.Capitalized : CaseShape.Upper;
        if (upper == 1 && char.IsUpper(word[0])) return CaseShape.Capitalized;
        return CaseShape.Mixed;
    }

    /// <summary>
    /// Writes <paramref name="replacement"/> like <paramref name="original"/>. A mixed-case token is read as the shape
    /// most of its letters have, since a stray capital or small letter inside a word is an OCR slip: <c>DingS</c> →
    /// <c>Dinas</c> (not <c>dinas</c>), <c>KETRANSiMIGRASIAN</c> → upper case.
    /// </summary>
    public static string Like(string original, string replacement)
    {
        var shape = Of(original);
        if (shape == CaseShape.Mixed)
        {
            var upper = original.Count(char.IsUpper);
            shape = upper * 2 > original.Count(char.IsLetter) ? CaseShape.Upper
                : char.IsUpper(original[0]) ? CaseShape.Capitalized : CaseShape.Lower;
        }
        return Apply(shape, replacement);
    }

    /// <summary>Writes <paramref name="replacement"/> (lower case, may hold spaces) in the shape of <paramref name="original"/>.</summary>
    public static string Apply(CaseShape shape, string replacement) => shape switch
    {
        CaseShape.Upper => replacement.ToUpperInvariant(),
        CaseShape.Capitalized => replacement.Length == 0 ? replacement : char.ToUpperInvariant(replacement[0]) + replacement[1..],
        _ => replacement,
    };
}
