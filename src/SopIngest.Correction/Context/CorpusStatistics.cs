using System.IO.Compression;
using System.Text;
using SopIngest.Correction.Text;

namespace SopIngest.Correction.Context;

/// <summary>Counts the corrector reads about a word's surroundings.</summary>
internal interface IContextCounts
{
    int Unigram(string lower);
    int Bigram(string left, string right);
}

/// <summary>
/// Word bigram counts of the corpus (lower case, boundaries included) and, for each word, the words that most often
/// stand before and after it; those neighbours propose real-word corrections (<c>Mutu Buku</c> → <c>Mutu Baku</c>).
/// </summary>
internal sealed class CorpusStatistics : IContextCounts
{
    public const string FileName = "bigrams.tsv.gz";
    private const int MinNeighbourCount = 2;

    private readonly Dictionary<string, int> _unigrams;
    private readonly Dictionary<(string, string), int> _bigrams;
    private readonly Dictionary<string, string[]> _before = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _after = new(StringComparer.Ordinal);

    private CorpusStatistics(Dictionary<string, int> unigrams, Dictionary<(string, string), int> bigrams)
    {
        _unigrams = unigrams;
        _bigrams = bigrams;
        foreach (var g in bigrams.Where(kv => kv.Value >= MinNeighbourCount && kv.Key.Item1 != WordSequence.Boundary && kv.Key.Item2 != WordSequence.Boundary)
                     .GroupBy(kv => kv.Key.Item2))
            _before[g.Key] = g.OrderByDescending(kv => kv.Value).Take(40).Select(kv => kv.Key.Item1).ToArray();
        foreach (var g in bigrams.Where(kv => kv.Value >= MinNeighbourCount && kv.Key.Item1 != WordSequence.Boundary && kv.Key.Item2 != WordSequence.Boundary)
                     .GroupBy(kv => kv.Key.Item1))
            _after[g.Key] = g.OrderByDescending(kv => kv.Value).Take(40).Select(kv => kv.Key.Item2).ToArray();
    }

    public int Unigram(string lower) => _unigrams.GetValueOrDefault(lower);

    public int Bigram(string left, string right) => _bigrams.GetValueOrDefault((left, right));

    /// <summary>Words often seen right before <paramref name="lower"/>.</summary>
    public IReadOnlyList<string> WordsBefore(string lower) => _before.GetValueOrDefault(lower) ?? [];

    /// <summary>Words often seen right after <paramref name="lower"/>.</summary>
    public IReadOnlyList<string> WordsAfter(string lower) => _after.GetValueOrDefault(lower) ?? [];

    public static CorpusStatistics Build(IEnumerable<string> lines)
    {
        var uni = new Dictionary<string, int>(StringComparer.Ordinal);
        var bi = new Dictionary<(string, string), int>();
        foreach (var line in lines)
        {
            string? prev = null;
            foreach (var w in WordSequence.Of(LineTokenizer.Tokenize(line)))
            {
                if (w != WordSequence.Boundary) uni[w] = uni.GetValueOrDefault(w) + 1;
                if (prev is not null && !(prev == WordSequence.Boundary && w == WordSequence.Boundary))
                    bi[(prev, w)] = bi.GetValueOrDefault((prev, w)) + 1;
                prev = w;
            }
        }
        return new CorpusStatistics(uni, bi);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false));
        foreach (var (w, c) in _unigrams.OrderBy(kv => kv.Key, StringComparer.Ordinal)) writer.Write($"1\t{w}\t{c}\n");
        foreach (var ((a, b), c) in _bigrams.OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal))
            writer.Write($"2\t{a}\t{b}\t{c}\n");
    }

    public static CorpusStatistics Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        var uni = new Dictionary<string, int>(StringComparer.Ordinal);
        var bi = new Dictionary<(string, string), int>();
        while (reader.ReadLine() is { } line)
        {
            var p = line.Split('\t');
            if (p[0] == "1") uni[p[1]] = int.Parse(p[2]);
            else bi[(p[1], p[2])] = int.Parse(p[3]);
        }
        return new CorpusStatistics(uni, bi);
    }
}

/// <summary>
/// The corpus counts minus some lines' own words: a line, or a whole document, of the corpus seen as if the corpus had
/// never held it, so evaluating on the seed exports does not credit a token with the context it brought itself.
/// Excluding the whole document is what a new scan meets: its own repeated misreads are nowhere in the corpus.
/// </summary>
internal sealed class LineExcludedCounts : IContextCounts
{
    private readonly IContextCounts _inner;
    private readonly Dictionary<string, int> _ownUni = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> _ownBi = new();

    public LineExcludedCounts(IContextCounts inner, IReadOnlyList<Token> lineTokens) : this(inner, [lineTokens])
    {
    }

    public LineExcludedCounts(IContextCounts inner, IEnumerable<IReadOnlyList<Token>> lines)
    {
        _inner = inner;
        foreach (var lineTokens in lines)
        {
            string? prev = null;
            foreach (var w in WordSequence.Of(lineTokens))
            {
                if (w != WordSequence.Boundary) _ownUni[w] = _ownUni.GetValueOrDefault(w) + 1;
                if (prev is not null) _ownBi[(prev, w)] = _ownBi.GetValueOrDefault((prev, w)) + 1;
                prev = w;
            }
        }
    }

    /// <summary>The corpus counts without any line of <paramref name="documentLines"/>.</summary>
    public static LineExcludedCounts ForDocument(IContextCounts inner, IEnumerable<string> documentLines) =>
        new(inner, documentLines.Select(l => (IReadOnlyList<Token>)LineTokenizer.Tokenize(l)));

    public int Unigram(string lower) => Math.Max(0, _inner.Unigram(lower) - _ownUni.GetValueOrDefault(lower));

    public int Bigram(string left, string right) => Math.Max(0, _inner.Bigram(left, right) - _ownBi.GetValueOrDefault((left, right)));
}

/// <summary>
/// Counts as if a word (a synthetic OCR error) had been seen <c>times</c> more often with its neighbours: real OCR
/// errors repeat when a phrase repeats (the same garbled header on every page), so synthetic ones must too.
/// </summary>
internal sealed class RepeatedWordCounts(IContextCounts inner, string word, string left, string right, int times) : IContextCounts
{
    public int Unigram(string lower) => inner.Unigram(lower) + (lower == word ? times : 0);

    public int Bigram(string a, string b) =>
        inner.Bigram(a, b) + ((a == left && b == word) || (a == word && b == right) ? times : 0);
}
