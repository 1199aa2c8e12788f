namespace SopIngest.Search.Analysis;

/// <summary>Function words dropped from indexing and queries (<c>corpus/search/stopwords.txt</c>).</summary>
public sealed class StopWords
{
    private readonly HashSet<string> _words;

    public StopWords(IEnumerable<string> words) => _words = new HashSet<string>(words.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);

    public IReadOnlyCollection<string> Words => _words;

    public bool Contains(string term) => _words.Contains(term);
}
