using System.Collections.Concurrent;
using SopIngest.Correction.Context;

namespace SopIngest.Correction.Candidates;

/// <summary>Typed options of candidate generation.</summary>
internal sealed record CandidateOptions
{
    /// <summary>Edit distance for tokens of this length or shorter is limited to 1.</summary>
    public int ShortWordLength { get; init; } = 4;
    public int MaxContextDistance { get; init; } = 3;
    public int MinSplitPart { get; init; } = 3;
    public int MaxCandidates { get; init; } = 12;
}

/// <summary>The token (and its neighbours) that candidates are generated for.</summary>
internal readonly record struct TokenSite(string Text, string Lower, string Left, string Right, string? NextWord, string RightAfterNext);

/// <summary>
/// Proposes replacements for a token: SymSpell edits, OCR confusions, context words, splits and merges. Thread-safe;
/// SymSpell results are cached per word.
/// </summary>
internal sealed class CandidateGenerator
{
    private readonly Lexicon.Lexicon _lexicon;
    private readonly SymSpellIndex _index;
    private readonly CorpusStatistics _stats;
    private readonly ConfusionTable _confusions;
    private readonly CandidateOptions _options;
    private readonly (string Observed, string Correct)[] _repairs;
    private readonly ConcurrentDictionary<string, (string Word, int Distance)[]> _editCache = new(StringComparer.Ordinal);

    public CandidateGenerator(Lexicon.Lexicon lexicon, SymSpellIndex index, CorpusStatistics stats, ConfusionTable confusions, CandidateOptions? options = null)
    {
        _lexicon = lexicon;
        _index = index;
        _stats = stats;
        _confusions = confusions;
        _options = options ?? new CandidateOptions();
        _repairs = confusions.MultiCharRepairs().ToArray();
    }

    public Lexicon.Lexicon Lexicon => _lexicon;

    /// <summary>A word the word lists know (hunspell-id or domain vocabulary).</summary>
    public bool IsListed(string lower) => _lexicon.IsListed(lower);

    public List<Candidate> Generate(in TokenSite site)
    {
        var result = new List<Candidate>();
        var lower = site.Lower;
        var listed = _lexicon.IsListed(lower);
        var maxEdit = lower.Length <= _options.ShortWordLength ? 1 : 2;

        if (!listed)
        {
            foreach (var (w, d) in Edits(lower, maxEdit))
                Add(result, new Candidate(w, CandidateSource.Edit, d));
            foreach (var (observed, correct) in _repairs)
            {
                for (var i = lower.IndexOf(observed, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(observed, i + 1, StringComparison.Ordinal))
                {
                    var repaired = lower[..i] + correct + lower[(i + observed.Length)..];
                    if (repaired.Length >= 2 && _lexicon.IsListed(repaired))
                        Add(result, new Candidate(repaired, CandidateSource.Confusion, EditDistance.Compute(lower, repaired, 9)));
                }
            }
            AddSplits(result, site);
            AddMerge(result, site);
        }
        // Known abbreviations, very short known words and known words already common in this context are not doubted.
        var doubtable = !listed || (lower.Length > 3 && site.Text.Any(char.IsLower)
                                    && _stats.Bigram(site.Left, lower) < 3 && _stats.Bigram(lower, site.Right) < 3);
        if (doubtable) AddContext(result, site, listed ? 2 : _options.MaxContextDistance, listed);

        if (result.Count > _options.MaxCandidates)
        {
            result = result.OrderBy(c => c.Distance).ThenByDescending(c => _stats.Unigram(c.Word)).Take(_options.MaxCandidates).ToList();
        }
        return result;
    }

    private (string Word, int Distance)[] Edits(string lower, int maxEdit)
    {
        if (_editCache.Count > 200_000) return Lookup(lower, maxEdit);
        return _editCache.GetOrAdd(maxEdit + lower, static (_, s) => s.self.Lookup(s.lower, s.maxEdit), (self: this, lower, maxEdit));
    }

    private (string, int)[] Lookup(string lower, int maxEdit) =>
        _index.Lookup(lower, maxEdit).Where(c => c.Word != lower)
            .OrderBy(c => c.Distance).ThenByDescending(c => _stats.Unigram(c.Word)).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Take(8).ToArray();

    private void AddContext(List<Candidate> result, in TokenSite site, int maxDistance, bool listed)
    {
        if (site.Lower.Length < 3) return;
        var neighbours = _stats.WordsAfter(site.Left).Concat(_stats.WordsBefore(site.Right));
        foreach (var n in neighbours)
        {
            if (n == site.Lower || Math.Abs(n.Length - site.Lower.Length) > 2) continue;
            // A known word is only doubted when the neighbour pair is common and the token's own pair is not.
            var strong = Math.Max(_stats.Bigram(site.Left, n), _stats.Bigram(n, site.Right)) >= 3;
            if (listed && (!strong || _stats.Bigram(site.Left, n) + _stats.Bigram(n, site.Right)
                           <= _stats.Bigram(site.Left, site.Lower) + _stats.Bigram(site.Lower, site.Right))) continue;
            var limit = n.Length <= _options.ShortWordLength && !(listed && strong) ? Math.Min(1, maxDistance) : maxDistance;
            var d = EditDistance.Compute(site.Lower, n, limit);
            if (d <= limit && d > 0) Add(result, new Candidate(n, CandidateSource.Context, d));
        }
    }

    private void AddSplits(List<Candidate> result, in TokenSite site)
    {
        var text = site.Text;
        // Case boundaries first: "KomputerMemiliki", "SLTAMemahami", "keluarSOP", "ATKKomputerTelepon".
        var boundaries = new List<int>();
        for (var p = 1; p < text.Length; p++)
        {
            if ((char.IsLower(text[p - 1]) && char.IsUpper(text[p]))
                || (p >= 2 && p + 1 < text.Length && char.IsUpper(text[p - 1]) && char.IsUpper(text[p]) && char.IsLower(text[p + 1])))
                boundaries.Add(p);
        }
        if (boundaries.Count > 0)
        {
            var parts = new List<string>();
            var from = 0;
            foreach (var b in boundaries) { parts.Add(text[from..b]); from = b; }
            parts.Add(text[from..]);
            if (parts.All(IsWordOrAbbreviation))
                Add(result, new Candidate(string.Join(' ', parts), CandidateSource.Split, boundaries.Count, Verbatim: true));
            if (boundaries.Count > 1)
                foreach (var b in boundaries)
                    if (IsWordOrAbbreviation(text[..b]) && IsWordOrAbbreviation(text[b..]))
                        Add(result, new Candidate(text[..b] + " " + text[b..], CandidateSource.Split, 1, Verbatim: true));
            return;
        }
        var lower = site.Lower;
        if (lower.Length < 2 * _options.MinSplitPart + 1) return;
        for (var p = _options.MinSplitPart; p <= lower.Length - _options.MinSplitPart; p++)
        {
            var a = lower[..p];
            var b = lower[p..];
            if (_lexicon.IsListed(a) && _lexicon.IsListed(b) && _stats.Unigram(a) >= 2 && _stats.Unigram(b) >= 2)
                Add(result, new Candidate(text[..p] + " " + text[p..], CandidateSource.Split, 1, Verbatim: true));
        }
    }

    private bool IsWordOrAbbreviation(string part)
    {
        var lower = part.ToLowerInvariant();
        if (_lexicon.IsListed(lower) || _stats.Unigram(lower) >= 2) return true;
        return part.Length is >= 2 and <= 6 && part.All(char.IsUpper);
    }

    private void AddMerge(List<Candidate> result, in TokenSite site)
    {
        if (site.NextWord is not { Length: > 0 } next) return;
        var bothUpper = CasePatternIsUpper(site.Text) && CasePatternIsUpper(next);
        if (!char.IsLower(next[0]) && !bothUpper) return;
        var nextLower = next.ToLowerInvariant();
        if (_lexicon.IsListed(nextLower) && nextLower.Length > 3 && _stats.Unigram(nextLower) > 2) return;
        var joined = site.Lower + nextLower;
        if (_lexicon.IsListed(joined))
        {
            Add(result, new Candidate(joined, CandidateSource.Merge, 1));
            return;
        }
        foreach (var (w, d) in Edits(joined, 1))
            Add(result, new Candidate(w, CandidateSource.Merge, d + 1));
    }

    private static bool CasePatternIsUpper(string w) => w.All(ch => !char.IsLower(ch));

    private static void Add(List<Candidate> result, Candidate c)
    {
        foreach (var existing in result)
            if (existing.Word == c.Word && existing.ConsumesNext == c.ConsumesNext) return;
        result.Add(c);
    }
}
