using System.IO.Compression;
using System.Text;

namespace SopIngest.Correction.Lexicon;

/// <summary>One word of the lexicon (keys are lower case).</summary>
internal readonly record struct LexiconEntry(bool InDictionary, bool IsDomain, int CorpusCount)
{
    /// <summary>The word is known from a word list, not only seen in (noisy) OCR text.</summary>
    public bool IsListed => InDictionary || IsDomain;
}

/// <summary>
/// The words the corrector knows: <c>hunspell-id</c> surface forms, the domain vocabulary, and every word of the corpus
/// with its frequency. Immutable once built; stored as gzipped TSV beside the model.
/// </summary>
internal sealed class Lexicon
{
    public const string FileName = "lexicon.tsv.gz";

    private readonly Dictionary<string, LexiconEntry> _entries;

    public Lexicon(Dictionary<string, LexiconEntry> entries) => _entries = entries;

    public int Count => _entries.Count;

    public IEnumerable<KeyValuePair<string, LexiconEntry>> Entries => _entries;

    public LexiconEntry Get(string lower) => _entries.GetValueOrDefault(lower);

    public bool Contains(string lower) => _entries.ContainsKey(lower);

    public bool IsListed(string lower) => _entries.TryGetValue(lower, out var e) && e.IsListed;

    /// <summary>Words offered as corrections: listed words, and corpus words seen at least <paramref name="minCorpusCount"/> times.</summary>
    public IEnumerable<string> CandidateWords(int minCorpusCount) =>
        _entries.Where(kv => kv.Key.Length >= 2 && (kv.Value.IsListed || kv.Value.CorpusCount >= minCorpusCount)).Select(kv => kv.Key);

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false));
        foreach (var (word, e) in _entries.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            writer.Write($"{word}\t{(e.InDictionary ? 1 : 0)}\t{(e.IsDomain ? 1 : 0)}\t{e.CorpusCount}\n");
    }

    public static Lexicon Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        var entries = new Dictionary<string, LexiconEntry>(300_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var p = line.Split('\t');
            entries[p[0]] = new LexiconEntry(p[1] == "1", p[2] == "1", int.Parse(p[3]));
        }
        return new Lexicon(entries);
    }
}
