namespace SopIngest.Search.Analysis.Mining;

/// <summary>
/// Proposes roots hunspell-id lacks: a corpus word the stemmer cannot reduce whose prefix-stripped form is
/// itself a word of the corpus (mengupload → upload, menginventarisir → inventarisir), including words
/// hunspell lists without affix flags (verifikasi): those become roots that take any affix.
/// </summary>
public static class RootMiner
{
    private static readonly string[] Suffixes = ["", "an", "kan", "i", "nya"];

    private static readonly string[] PrefixLike = ["me", "pe", "di", "ke", "ber", "ter", "se"];

    /// <summary>Candidates that still start like a prefix are more likely affixed forms than roots.</summary>
    private static bool LooksAffixed(string word) => PrefixLike.Any(p => word.StartsWith(p, StringComparison.Ordinal));

    public static IReadOnlyList<string> Mine(IEnumerable<string> corpusWords, IndonesianAnalysis analysis, RootDictionary dictionary)
    {
        var words = corpusWords.Where(w => w.Length >= 4 && w.All(char.IsLetter)).ToHashSet(StringComparer.Ordinal);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.Length < 7 || dictionary.Contains(word) || analysis.Stemmer.Stem(word) != word) continue;
            foreach (var suffix in Suffixes)
            {
                if (!word.EndsWith(suffix, StringComparison.Ordinal)) continue;
                var stripped = word[..^suffix.Length];
                foreach (var (_, rest) in IndonesianStemmer.PrefixRemovals(stripped))
                {
                    if (rest.Length < 5 || !words.Contains(rest) || LooksAffixed(rest)) continue;
                    if (analysis.Stemmer.Stem(rest) != rest) continue;
                    found.Add(rest);
                }
            }
        }
        return found.ToList();
    }
}
