using System.Text.RegularExpressions;

namespace SopIngest.Search.Analysis.Mining;

/// <summary>
/// Finds abbreviations the corpus defines in place, "Kenaikan Gaji Berkala (KGB)": the words before the
/// parenthesis whose initials spell it (words of one or two letters like "dan" may be skipped).
/// </summary>
public static partial class AbbreviationMiner
{
    [GeneratedRegex(@"\(([A-Z][A-Za-z0-9]{1,9})\)")]
    private static partial Regex Parenthesised();

    private static readonly HashSet<string> Connectives = ["dan", "di", "ke", "dari", "untuk", "atau", "yang", "serta"];

    public static IReadOnlyList<(string Abbreviation, string Phrase)> Mine(IEnumerable<string> texts)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
        foreach (Match m in Parenthesised().Matches(text))
        {
            var abbreviation = m.Groups[1].Value;
            if (abbreviation.Count(char.IsUpper) < 2) continue;
            var before = TextTokens.Split(text[..m.Index]).Select(t => t.Term).ToList();
            if (Expand(abbreviation.ToLowerInvariant(), before) is { } phrase)
                found.TryAdd(abbreviation.ToLowerInvariant(), phrase);
        }
        return found.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    /// <summary>The shortest run of words ending just before the parenthesis whose initials spell the abbreviation.</summary>
    private static string? Expand(string abbreviation, List<string> words)
    {
        for (var take = 1; take <= Math.Min(8, words.Count); take++)
        {
            var run = words.Skip(words.Count - take).ToList();
            var initials = string.Concat(run.Where(w => !Connectives.Contains(w)).Select(w => w[0]));
            if (initials == abbreviation || string.Concat(run.Select(w => w[0])) == abbreviation)
                return string.Join(' ', run);
        }
        return null;
    }
}
