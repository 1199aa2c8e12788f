using Lucene.Net.Index;
using Lucene.Net.Search;
using SopIngest.Search.Analysis;

namespace SopIngest.Search.Lucene;

/// <summary>Typed options of the Lucene query: field boosts, fuzzy matching and phrase boosts.</summary>
public sealed record LuceneQueryOptions
{
    public float TitleBoost { get; init; } = 6f;
    public float BodyBoost { get; init; } = 1f;
    public float AgencyBoost { get; init; } = 0.5f;
    /// <summary>Words at least this long also match OCR-garbled forms at one edit (two from <see cref="TwoEditsFrom"/>).</summary>
    public int FuzzyMinLength { get; init; } = 5;
    public int TwoEditsFrom { get; init; } = 9;
    public float FuzzyBoost { get; init; } = 0.35f;
    public int FuzzyMaxExpansions { get; init; } = 16;
    /// <summary>Leading letters a fuzzy form shares with the word as typed.</summary>
    public int FuzzyPrefixLength { get; init; } = 1;
    /// <summary>A word in more than this share of the records is common (it only adds to the score of records that match a distinctive word)…</summary>
    public double CommonWordRatio { get; init; } = 0.05;
    /// <summary>…in an index of at least this many records; below it every word is distinctive.</summary>
    public int CommonWordsFromDocs { get; init; } = 5_000;
    public float TitlePhraseBoost { get; init; } = 4f;
    /// <summary>"NN tahun YYYY" in the query matched as a phrase in the body (the legal basis).</summary>
    public float RegulationBoost { get; init; } = 8f;
    /// <summary>Synonym alternatives score a little under the words as typed.</summary>
    public float SynonymVariantBoost { get; init; } = 0.9f;
}

/// <summary>
/// Builds the Lucene query, one clause per query word: its root in the title (boosted), the body and the
/// agency, plus the OCR-garbled forms of the word as typed (fuzzy expansions found in the index, the word
/// itself left out: its root already matched). A word or phrase with synonyms becomes a disjunction-max of
/// itself and its alternatives, so a synonym never counts twice and each is looked up once.
/// </summary>
internal sealed class LuceneQueryBuilder(IndonesianAnalysis analysis, LuceneQueryOptions options)
{
    /// <summary>
    /// The query to run first, the full disjunction to run when it finds fewer than the hits asked for
    /// (null when they are the same), the words as typed and every root looked for (snippets mark those).
    /// </summary>
    public sealed record Plan(Query Query, Query? Fallback, IReadOnlyList<QueryTerm> Typed, IReadOnlySet<string> Stems);

    public Plan Build(SearchQuery query, IndexReader reader)
    {
        var spans = analysis.QuerySpans(query.Text);
        var original = spans.SelectMany(s => s.Terms).ToList();
        var stems = original.Concat(spans.SelectMany(s => s.Alternatives).SelectMany(a => a)).Select(t => t.Stem)
            .ToHashSet(StringComparer.Ordinal);
        if (original.Count == 0) return new Plan(WithFilters(new MatchAllDocsQuery(), query.Filters), null, original, stems);

        // Each clause is distinctive (a record must match one of them) or common: a word in more than
        // CommonWordRatio of a large index only adds to the score of records that match a distinctive
        // clause, so the postings of "pegawai" or "daerah" are not scored for every record. Records that
        // match both score as in the full disjunction, which runs when this finds too few.
        var distinctive = new List<Query>();
        var common = new List<Query>();
        var splitCommon = reader.MaxDoc >= options.CommonWordsFromDocs;
        foreach (var span in spans)
        {
            if (span.Alternatives.Count == 0)
            {
                var term = span.Terms[0];
                var word = Word(term);
                if (FuzzyForms(term, reader) is { } fuzzy) word.Add(fuzzy, Occur.SHOULD);
                var isCommon = splitCommon && reader.DocFreq(new Term(RecordDocument.Body, term.Stem)) > options.CommonWordRatio * reader.MaxDoc;
                (isCommon ? common : distinctive).Add(word);
                continue;
            }
            var dismax = new DisjunctionMaxQuery(0.1f) { SpanWords(span.Terms, reader, typed: true) };
            foreach (var alternative in span.Alternatives)
            {
                var q = SpanWords(alternative, reader, typed: false);
                q.Boost = options.SynonymVariantBoost;
                dismax.Add(q);
            }
            // a phrase is as rare as its rarest word; common when it and all its alternatives are
            var spanIsCommon = splitCommon && span.Alternatives.Append(span.Terms).All(phrase =>
                phrase.Min(t => reader.DocFreq(new Term(RecordDocument.Body, t.Stem))) > options.CommonWordRatio * reader.MaxDoc);
            (spanIsCommon ? common : distinctive).Add(dismax);
        }
        // "43 tahun 2009": a regulation's number and year, matched as a phrase (legal basis)
        for (var i = 0; i + 2 < original.Count; i++)
        {
            if (!original[i].Stem.All(char.IsDigit) || original[i + 1].Stem != "tahun" || !original[i + 2].Stem.All(char.IsDigit)) continue;
            var regulation = new PhraseQuery { Boost = options.RegulationBoost };
            for (var j = i; j < i + 3; j++) regulation.Add(new Term(RecordDocument.Body, original[j].Stem));
            distinctive.Add(regulation);
        }
        if (TitlePhrase(original) is { } phrase) distinctive.Add(phrase);

        var full = new BooleanQuery(disableCoord: true);
        foreach (var q in distinctive.Concat(common)) full.Add(q, Occur.SHOULD);
        if (common.Count == 0) return new Plan(WithFilters(full, query.Filters), null, original, stems);

        var first = new BooleanQuery(disableCoord: true);
        if (distinctive.Count > 0)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var q in distinctive) any.Add(q, Occur.SHOULD);
            first.Add(any, Occur.MUST);
            foreach (var q in common) first.Add(q, Occur.SHOULD);
        }
        else
        {
            // only common words: records with most of them (all of two, two of three, three of four…)
            foreach (var q in common) first.Add(q, Occur.SHOULD);
            first.MinimumNumberShouldMatch = common.Count - common.Count / 3;
        }
        return new Plan(WithFilters(first, query.Filters), WithFilters(full, query.Filters), original, stems);
    }

    /// <summary>
    /// A phrase of a synonym group with its title phrase: as typed, with fuzzy forms, half its words must occur
    /// (OCR may have garbled the others); an alternative (the abbreviation, the long form) must occur whole.
    /// </summary>
    private BooleanQuery SpanWords(IReadOnlyList<QueryTerm> terms, IndexReader reader, bool typed)
    {
        if (terms.Count == 1)
        {
            var single = Word(terms[0]);
            if (typed && FuzzyForms(terms[0], reader) is { } forms) single.Add(forms, Occur.SHOULD);
            return single;
        }
        var words = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            var word = Word(term);
            if (typed && FuzzyForms(term, reader) is { } forms) word.Add(forms, Occur.SHOULD);
            words.Add(word, typed ? Occur.SHOULD : Occur.MUST);
        }
        if (typed) words.MinimumNumberShouldMatch = (terms.Count + 1) / 2;
        var withPhrase = new BooleanQuery(disableCoord: true) { { words, Occur.MUST } };
        if (TitlePhrase(terms) is { } phrase) withPhrase.Add(phrase, Occur.SHOULD);
        return withPhrase;
    }

    private PhraseQuery? TitlePhrase(IReadOnlyList<QueryTerm> terms)
    {
        if (terms.Count < 2) return null;
        var phrase = new PhraseQuery { Slop = 2, Boost = options.TitlePhraseBoost };
        foreach (var t in terms) phrase.Add(new Term(RecordDocument.Title, t.Stem));
        return phrase;
    }

    /// <summary>The word's root in the title, the body and the agency.</summary>
    private BooleanQuery Word(QueryTerm term) => new(disableCoord: true)
    {
        { new TermQuery(new Term(RecordDocument.Title, term.Stem)) { Boost = options.TitleBoost }, Occur.SHOULD },
        { new TermQuery(new Term(RecordDocument.Body, term.Stem)) { Boost = options.BodyBoost }, Occur.SHOULD },
        { new TermQuery(new Term(RecordDocument.Agency, term.Stem)) { Boost = options.AgencyBoost }, Occur.SHOULD },
    };

    /// <summary>
    /// The index's words within one or two edits of the word as typed, the word itself left out (its root
    /// is matched already, and its postings are the longest); null when there are none.
    /// </summary>
    private BooleanQuery? FuzzyForms(QueryTerm term, IndexReader reader)
    {
        if (term.Surface.Length < options.FuzzyMinLength || !term.Surface.All(char.IsLetter)) return null;
        var edits = term.Surface.Length >= options.TwoEditsFrom ? 2 : 1;
        var fuzzy = new FuzzyQuery(new Term(RecordDocument.Surface, term.Surface), edits, options.FuzzyPrefixLength, options.FuzzyMaxExpansions, true)
            { Boost = options.FuzzyBoost };
        if (fuzzy.Rewrite(reader) is not BooleanQuery rewritten) return null;
        var forms = new BooleanQuery(disableCoord: true) { Boost = rewritten.Boost };
        foreach (var clause in rewritten.Clauses)
            if (clause.Query is not TermQuery tq || tq.Term.Text != term.Surface) forms.Add(clause);
        return forms.Clauses.Count == 0 ? null : forms;
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
