namespace SopIngest.Search.Analysis;

/// <summary>
/// The set of Indonesian root words (kata dasar) the stemmer may return: hunspell-id's stems (its .dic lists
/// roots with affix flags) plus roots mined from the corpus (<c>corpus/search/roots.txt</c>).
/// </summary>
public sealed class RootDictionary
{
    // root → its hunspell affix flags ("" when it takes none); null for corpus roots (any affix allowed)
    private readonly Dictionary<string, string?> _roots = new(StringComparer.Ordinal);

    /// <param name="hunspell">entries <c>(word, flags)</c> of a hunspell .dic</param>
    /// <param name="corpusRoots">extra roots that may take any affix</param>
    public RootDictionary(IEnumerable<(string Word, string Flags)> hunspell, IEnumerable<string> corpusRoots)
    {
        foreach (var (word, flags) in hunspell)
        {
            var w = word.ToLowerInvariant();
            _roots[w] = _roots.TryGetValue(w, out var f) && f is not null ? f + flags : flags;
        }
        foreach (var root in corpusRoots) _roots[root.Trim().ToLowerInvariant()] = null;
        _roots.Remove("");
    }

    public int Count => _roots.Count;

    /// <summary>The word is a dictionary entry (roots, and the few derived words hunspell lists whole).</summary>
    public bool Contains(string word) => _roots.ContainsKey(word);

    /// <summary>
    /// The word can be the root of an affixed form: it takes affixes at all and, for a prefix, one of its
    /// family (hunspell-id writes prefixes as upper-case flag letters: M me-, P pe-, D di-, B ber-, T ter-,
    /// K ke-, S se-, R per-). This keeps <c>pengawasan</c> from becoming <c>kawasan</c> (which takes none).
    /// </summary>
    public bool Accepts(string root, char? prefixFamily)
    {
        if (!_roots.TryGetValue(root, out var flags)) return false;
        if (flags is null) return true;
        return flags.Length > 0 && (prefixFamily is not { } family || flags.Contains(family));
    }

    /// <summary>Entries of a hunspell .dic file: the first line is a count, each entry is <c>word/FLAGS</c>.</summary>
    public static IEnumerable<(string Word, string Flags)> ReadHunspell(string dicPath) =>
        File.ReadLines(dicPath, System.Text.Encoding.Latin1)
            .Skip(1)
            .Select(line => line.Split('/', 2))
            .Select(parts => (Word: parts[0].Trim(), Flags: parts.Length > 1 ? parts[1].Trim() : ""))
            .Where(e => e.Word.Length > 1 && e.Word.All(char.IsLetter));

    /// <summary>One root a line; <c>#</c> starts a comment.</summary>
    public static IEnumerable<string> ReadList(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var text = line.Split('#', 2)[0].Trim();
            if (text.Length > 0) yield return text;
        }
    }
}
