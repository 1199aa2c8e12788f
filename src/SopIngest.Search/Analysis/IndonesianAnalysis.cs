using System.Reflection;

namespace SopIngest.Search.Analysis;

/// <summary>Where the analysis resources come from; null uses the copies built into this assembly.</summary>
public sealed record IndonesianAnalysisOptions
{
    public string? HunspellDictionary { get; init; } = "/usr/share/hunspell/id_ID.dic";
    public string? RootsFile { get; init; }
    public string? SynonymsFile { get; init; }
    public string? StopWordsFile { get; init; }
}

/// <summary>A query term: its root (what is indexed) and the word as typed (what fuzzy matching uses).</summary>
public readonly record struct QueryTerm(string Stem, string Surface);

/// <summary>Consecutive query terms and the phrases that may stand for them (synonyms, abbreviations).</summary>
internal sealed record QuerySpan(IReadOnlyList<QueryTerm> Terms, IReadOnlyList<IReadOnlyList<QueryTerm>> Alternatives);

/// <summary>
/// Indonesian text analysis shared by the backends and the comparison: tokens, stop words, root stems and
/// the synonym map, loaded once.
/// </summary>
public sealed class IndonesianAnalysis
{
    private static readonly Lazy<IndonesianAnalysis> DefaultInstance = new(() => Load(new IndonesianAnalysisOptions()));

    public IndonesianAnalysis(IndonesianStemmer stemmer, StopWords stopWords, SynonymMap synonyms)
    {
        Stemmer = stemmer;
        StopWords = stopWords;
        Synonyms = synonyms;
        _synonymStems = synonyms.Groups
            .Select(g => (IReadOnlyList<string[]>)g.Select(p => Terms(p).ToArray()).Where(p => p.Length > 0).ToList())
            .ToList();
    }

    private readonly IReadOnlyList<IReadOnlyList<string[]>> _synonymStems;

    public IndonesianStemmer Stemmer { get; }
    public StopWords StopWords { get; }
    public SynonymMap Synonyms { get; }

    /// <summary>The built-in resources plus hunspell-id's roots when the dictionary is installed.</summary>
    public static IndonesianAnalysis Default => DefaultInstance.Value;

    public static IndonesianAnalysis Load(IndonesianAnalysisOptions options)
    {
        var hunspell = options.HunspellDictionary is { } dic && File.Exists(dic) ? RootDictionary.ReadHunspell(dic).ToList() : [];
        List<string> corpusRoots;
        using (var reader = Open(options.RootsFile, "roots.txt")) corpusRoots = RootDictionary.ReadList(reader).ToList();
        StopWords stop;
        using (var reader = Open(options.StopWordsFile, "stopwords.txt")) stop = new StopWords(RootDictionary.ReadList(reader));
        SynonymMap synonyms;
        using (var reader = Open(options.SynonymsFile, "synonyms.txt")) synonyms = SynonymMap.Parse(reader);
        return new IndonesianAnalysis(new IndonesianStemmer(new RootDictionary(hunspell, corpusRoots)), stop, synonyms);
    }

    /// <summary>A built-in resource (the corpus/search file at build time) unless a file path is given.</summary>
    public static TextReader Open(string? path, string resource)
    {
        if (path is not null) return new StreamReader(path);
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SopIngest.Search.Resources." + resource)
                     ?? throw new InvalidOperationException($"missing built-in resource {resource}");
        return new StreamReader(stream);
    }

    public bool IsStopWord(string term) => StopWords.Contains(term);

    /// <summary>Stems of the text's words without stop words, in order.</summary>
    public IEnumerable<string> Terms(string text) =>
        TextTokens.Split(text).Where(t => !StopWords.Contains(t.Term)).Select(t => Stemmer.Stem(t.Term));

    public IReadOnlyList<QueryTerm> QueryTerms(string text) =>
        TextTokens.Split(text).Where(t => !StopWords.Contains(t.Term)).Select(t => new QueryTerm(Stemmer.Stem(t.Term), t.Term)).ToList();

    /// <summary>
    /// The query as typed plus one variant per synonym that occurs in it (KGB → kenaikan gaji berkala and back),
    /// each a list of terms. The first is the query itself.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<QueryTerm>> QueryVariants(string text)
    {
        var original = QueryTerms(text);
        var variants = new List<IReadOnlyList<QueryTerm>> { original };
        var stems = original.Select(t => t.Stem).ToArray();
        foreach (var group in _synonymStems)
        {
            foreach (var phrase in group)
            {
                var at = IndexOf(stems, phrase);
                if (at < 0) continue;
                foreach (var other in group)
                {
                    if (ReferenceEquals(other, phrase)) continue;
                    var replaced = original.Take(at)
                        .Concat(other.Select(s => new QueryTerm(s, s)))
                        .Concat(original.Skip(at + phrase.Length))
                        .ToList();
                    if (variants.Count < 12) variants.Add(replaced);
                }
            }
        }
        return variants;
    }

    /// <summary>
    /// The query's terms in order, grouped into spans: a span is one term, or a phrase of a synonym group
    /// (longest first) with the group's other members as its alternatives (KGB → kenaikan gaji berkala and
    /// back). One query with alternatives per span replaces the whole-query variants of
    /// <see cref="QueryVariants"/> for search: each span is looked up once.
    /// </summary>
    internal IReadOnlyList<QuerySpan> QuerySpans(string text)
    {
        var terms = QueryTerms(text);
        var stems = terms.Select(t => t.Stem).ToArray();
        var spans = new List<QuerySpan>();
        for (var i = 0; i < terms.Count;)
        {
            var length = 0;
            foreach (var group in _synonymStems)
            foreach (var phrase in group)
                if (phrase.Length > length && Matches(stems, i, phrase)) length = phrase.Length;
            if (length == 0)
            {
                spans.Add(new QuerySpan([terms[i]], []));
                i++;
                continue;
            }
            var span = stems[i..(i + length)];
            var alternatives = _synonymStems
                .Where(g => g.Any(p => p.AsSpan().SequenceEqual(span)))
                .SelectMany(g => g)
                .Where(p => !p.AsSpan().SequenceEqual(span))
                .DistinctBy(p => string.Join(' ', p))
                .Select(p => (IReadOnlyList<QueryTerm>)p.Select(s => new QueryTerm(s, s)).ToList())
                .ToList();
            spans.Add(new QuerySpan(terms.Skip(i).Take(length).ToList(), alternatives));
            i += length;
        }
        return spans;
    }

    private static bool Matches(string[] terms, int at, string[] phrase)
    {
        if (at + phrase.Length > terms.Length) return false;
        for (var j = 0; j < phrase.Length; j++)
            if (terms[at + j] != phrase[j]) return false;
        return true;
    }

    /// <summary>
    /// The text's terms with every synonym phrase replaced by its group's first member, so "KGB" and
    /// "kenaikan gaji berkala" give the same terms (used to compare texts, not to search).
    /// </summary>
    public IReadOnlyList<string> CanonicalTerms(string text)
    {
        var terms = Terms(text).ToArray();
        var result = new List<string>(terms.Length);
        for (var i = 0; i < terms.Length;)
        {
            var (length, canonical) = LongestSynonymAt(terms, i);
            if (length == 0) result.Add(terms[i++]);
            else
            {
                result.Add(canonical!);
                i += length;
            }
        }
        return result;
    }

    private (int Length, string? Canonical) LongestSynonymAt(string[] terms, int at)
    {
        var best = (0, (string?)null);
        foreach (var group in _synonymStems)
        foreach (var phrase in group)
        {
            if (phrase.Length <= best.Item1 || at + phrase.Length > terms.Length) continue;
            var j = 0;
            while (j < phrase.Length && terms[at + j] == phrase[j]) j++;
            if (j == phrase.Length) best = (phrase.Length, string.Join('_', group[0]));
        }
        return best;
    }

    private static int IndexOf(string[] haystack, string[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            var j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j]) j++;
            if (j == needle.Length) return i;
        }
        return -1;
    }
}
