using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SopIngest.Search.Analysis;

namespace SopIngest.Search.Lucene;

/// <summary>Letters-and-digits tokens, lower-cased: <see cref="TextTokens"/>'s rule inside Lucene.</summary>
internal sealed class WordTokenizer(TextReader input) : CharTokenizer(LuceneSearchIndex.Version, input)
{
    protected override bool IsTokenChar(int c) => TextTokens.IsTokenChar(c);

    protected override int Normalize(int c) => char.ToLowerInvariant((char)c);
}

/// <summary>Replaces each token by its root (<see cref="IndonesianStemmer"/>).</summary>
internal sealed class RootStemFilter : TokenFilter
{
    private readonly IndonesianStemmer _stemmer;
    private readonly ICharTermAttribute _term;

    public RootStemFilter(TokenStream input, IndonesianStemmer stemmer) : base(input)
    {
        _stemmer = stemmer;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var word = _term.ToString();
        var stem = _stemmer.Stem(word);
        if (!ReferenceEquals(stem, word) && stem != word) _term.SetEmpty().Append(stem);
        return true;
    }
}

/// <summary>
/// Indonesian analysis for Lucene: words, stop words, roots (the "stemmed" fields); or words and stop
/// words only (the surface field fuzzy matching runs on).
/// </summary>
internal sealed class IndonesianRootAnalyzer(IndonesianAnalysis analysis, bool stem) : Analyzer
{
    private readonly CharArraySet _stop = new(LuceneSearchIndex.Version, analysis.StopWords.Words.ToList(), false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new WordTokenizer(reader);
        TokenStream stream = new StopFilter(LuceneSearchIndex.Version, source, _stop);
        if (stem) stream = new RootStemFilter(stream, analysis.Stemmer);
        return new TokenStreamComponents(source, stream);
    }
}
