using SopIngest.Correction.Text;

namespace SopIngest.Correction.Lexicon;

/// <summary>Builds the lexicon from hunspell-id (when present), the domain vocabulary and corpus text.</summary>
internal static class LexiconBuilder
{
    public static Lexicon Build(IEnumerable<string> corpusLines, string? hunspellDic, string? hunspellAff)
    {
        var entries = new Dictionary<string, LexiconEntry>(300_000, StringComparer.Ordinal);
        if (hunspellDic is not null && hunspellAff is not null && File.Exists(hunspellDic) && File.Exists(hunspellAff))
        {
            foreach (var form in HunspellExpander.Expand(hunspellDic, hunspellAff))
            {
                // Hunspell lists compounds with hyphens ("aba-aba"); the tokenizer sees their parts.
                foreach (var part in form.Split('-', StringSplitOptions.RemoveEmptyEntries))
                    entries[part.ToLowerInvariant()] = new LexiconEntry(true, false, 0);
            }
        }
        foreach (var w in DomainVocabulary.Abbreviations.Concat(DomainVocabulary.Words))
        foreach (var part in w.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = part.ToLowerInvariant();
            var e = entries.GetValueOrDefault(key);
            entries[key] = e with { IsDomain = true };
        }
        foreach (var line in corpusLines)
        foreach (var t in LineTokenizer.Tokenize(line))
        {
            if (t.Kind != TokenKind.Word) continue;
            var key = t.Text.ToLowerInvariant();
            var e = entries.GetValueOrDefault(key);
            entries[key] = e with { CorpusCount = e.CorpusCount + 1 };
        }
        return new Lexicon(entries);
    }
}
