namespace SopIngest.Correction.Text;

/// <summary>Splits a line into word, protected and markup tokens; the gaps between them are left untouched.</summary>
internal static class LineTokenizer
{
    public static List<Token> Tokenize(string line)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '<' && TryReadTag(line, i, out var tagEnd))
            {
                tokens.Add(new Token(i, tagEnd - i, TokenKind.Markup, line[i..tagEnd]));
                i = tagEnd;
                continue;
            }
            if (c == '&' && TryReadEntity(line, i, out var entityEnd))
            {
                tokens.Add(new Token(i, entityEnd - i, TokenKind.Markup, line[i..entityEnd]));
                i = entityEnd;
                continue;
            }
            if (!char.IsLetterOrDigit(c)) { i++; continue; }
            var start = i;
            var hasDigit = false;
            while (i < line.Length && char.IsLetterOrDigit(line[i]))
            {
                hasDigit |= char.IsDigit(line[i]);
                i++;
            }
            tokens.Add(new Token(start, i - start, hasDigit ? TokenKind.Protected : TokenKind.Word, line[start..i]));
        }
        return tokens;
    }

    private static bool TryReadTag(string line, int start, out int end)
    {
        end = start;
        if (start + 1 >= line.Length || !(char.IsLetter(line[start + 1]) || line[start + 1] == '/')) return false;
        var close = line.IndexOf('>', start + 1);
        if (close < 0 || close - start > 300) return false;
        end = close + 1;
        return true;
    }

    private static bool TryReadEntity(string line, int start, out int end)
    {
        end = start;
        var semi = line.IndexOf(';', start + 1);
        if (semi < 0 || semi - start > 8) return false;
        for (var k = start + 1; k < semi; k++)
            if (!char.IsLetterOrDigit(line[k]) && line[k] != '#') return false;
        end = semi + 1;
        return true;
    }
}
