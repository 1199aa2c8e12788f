namespace SopIngest.Core.Parsing;

/// <summary>Small OCR-tolerance helpers shared by the value parsers.</summary>
internal static class Fuzzy
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ by at most one
    /// insertion, deletion or substitution. OCR drops or swaps single letters ("Mingu", "Oktobcr").</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
