using Lucene.Net.Index;
using Lucene.Net.Search;
using SopIngest.Search.Analysis;
using SopIngest.Search.Records;

namespace SopIngest.Search.Lucene;

/// <summary>Typed options of the Lucene query: fuzzy matching and phrase boosts.</summary>
public sealed record LuceneQueryOptions
{
    /// <summary>Words at least this long also match OCR-garbled forms at one edit (two from <see cref="TwoEditsFrom"/>).</summary>
    public int FuzzyMinLength { get; init; } = 5;
    public int TwoEditsFrom { get; init; } = 9;
    public float FuzzyBoost { get; init; } = 0.35f;
    public int FuzzyMaxExpansions { get; init; } = 16;
    public float TitlePhraseBoost { get; init; } = 4f;
    /// <summary>"NN tahun YYYY" in the query matched as a phrase in the legal basis.</summary>
    public float RegulationBoost { get; init; } = 8f;
    /// <summary>Synonym variants score a little under the query as typed.</summary>
    public float SynonymVariantBoost { get; init; } = 0.9f;
}

/// <summary>
/// Builds the Lucene query: each variant of the query (as typed, and with synonyms swapped in) is a
/// bag of terms, each term matched on every field with the field's boost plus fuzzily on the surface
/// words; variants compete in a disjunction-max so a synonym never counts twice.
/// </summary>
internal sealed class LuceneQueryBuilder(IndonesianAnalysis analysis, LuceneQueryOptions options)
{
    public (Query Query, IReadOnlyList<IReadOnlyList<QueryTerm>> Variants) Build(SearchQuery query)
    {
        var variants = analysis.QueryVariants(query.Text);
        Query main;
        if (variants[0].Count == 0) main = new MatchAllDocsQuery();
        else
        {
            var dismax = new DisjunctionMaxQuery(0.1f);
            for (var i = 0; i < variants.Count; i++)
            {
                var q = Variant(variants[i]);
                if (i > 0) q.Boost = options.SynonymVariantBoost;
                dismax.Add(q);
            }
            main = dismax;
        }
        return (WithFilters(main, query.Filters), variants);
    }

    private Query Variant(IReadOnlyList<QueryTerm> terms)
    {
        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            var perTerm = new BooleanQuery();
            foreach (var (field, boost) in RecordFields.Boosts)
                perTerm.Add(new TermQuery(new Term(field, term.Stem)) { Boost = boost }, Occur.SHOULD);
            if (term.Surface.Length >= options.FuzzyMinLength && term.Surface.All(char.IsLetter))
            {
                var edits = term.Surface.Length >= options.TwoEditsFrom ? 2 : 1;
                perTerm.Add(new FuzzyQuery(new Term(RecordDocument.Surface, term.Surface), edits, 1, options.FuzzyMaxExpansions, true)
                    { Boost = options.FuzzyBoost }, Occur.SHOULD);
            }
            all.Add(perTerm, Occur.SHOULD);
        }
        // "43 tahun 2009": a regulation's number and year, matched as a phrase in the legal basis
        for (var i = 0; i + 2 < terms.Count; i++)
        {
            if (!terms[i].Stem.All(char.IsDigit) || terms[i + 1].Stem != "tahun" || !terms[i + 2].Stem.All(char.IsDigit)) continue;
            var regulation = new PhraseQuery { Boost = options.RegulationBoost };
            for (var j = i; j < i + 3; j++) regulation.Add(new Term(RecordFields.LegalBasis, terms[j].Stem));
            all.Add(regulation, Occur.SHOULD);
        }
        if (terms.Count >= 2)
        {
            var phrase = new PhraseQuery { Slop = 2, Boost = options.TitlePhraseBoost };
            foreach (var t in terms) phrase.Add(new Term(RecordFields.Title, t.Stem));
            all.Add(phrase, Occur.SHOULD);
        }
        return all;
    }

    private static Query WithFilters(Query main, SearchFilters filters)
    {
        if (filters.IsEmpty) return main;
        var must = new BooleanQuery();
        void Add(string field, string? value)
        {
            if (value is not null) must.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
        Add(RecordDocument.Government, filters.Government);
        Add(RecordDocument.Office, filters.Office);
        Add(RecordDocument.Year, filters.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(RecordDocument.Actor, filters.Actor);
        return new FilteredQuery(main, new QueryWrapperFilter(must));
    }
}
