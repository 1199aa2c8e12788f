using System.Text;
using SopIngest.Correction.Candidates;
using SopIngest.Correction.Context;
using SopIngest.Correction.Lexicon;
using SopIngest.Correction.Scoring;
using SopIngest.Correction.Text;

namespace SopIngest.Correction.Correcting;

/// <summary>One token of a line with the candidates proposed for it and their features.</summary>
internal sealed record TokenExamination(Token Token, Token? Next, TokenSite Site, IReadOnlyList<Candidate> Candidates, IReadOnlyList<float[]> Features);

/// <summary>
/// Corrects one line: finds stray marks, decides which tokens may be touched (never numbers, NIPs, dates, codes,
/// markup, names after titles, roman numerals, single letters), proposes candidates, scores them and applies the best
/// one above the threshold. Stateless apart from the model it reads; thread-safe.
/// </summary>
internal sealed class LineCorrector
{
    private readonly CorrectionModel _model;

    public LineCorrector(CorrectionModel model) => _model = model;

    /// <summary>Candidates and features for every word token that may be corrected.</summary>
    public List<TokenExamination> Examine(string line, IContextCounts counts, double ocrConfidence, IReadOnlyList<Token>? tokens = null,
        IReadOnlySet<int>? onlyStarts = null)
    {
        tokens ??= LineTokenizer.Tokenize(line);
        var result = new List<TokenExamination>();
        var stray = StrayMarks.Find(line);
        var protectedMask = ProtectedTokens(line, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || protectedMask[i] || t.Length < 2) continue;
            if (onlyStarts is not null && !onlyStarts.Contains(t.Start)) continue;
            if (stray is { } s && t.Start >= s.Start) continue;
            var left = i > 0 && tokens[i - 1].Kind == TokenKind.Word ? tokens[i - 1].Text.ToLowerInvariant() : WordSequence.Boundary;
            var right = i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word ? tokens[i + 1].Text.ToLowerInvariant() : WordSequence.Boundary;
            Token? next = null;
            string? nextWord = null;
            var rightAfterNext = WordSequence.Boundary;
            if (i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Word } n && !protectedMask[i + 1]
                && n.Start == t.End + 1 && line[t.End] == ' ')
            {
                next = n;
                nextWord = n.Text;
                if (i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Word) rightAfterNext = tokens[i + 2].Text.ToLowerInvariant();
            }
            var site = new TokenSite(t.Text, t.Text.ToLowerInvariant(), left, right, nextWord, rightAfterNext);
            var candidates = _model.Generator.Generate(site);
            if (candidates.Count == 0) continue;
            var nameLike = IsNameLike(tokens, i);
            var ranked = candidates.Select((c, k) => (c, k)).OrderByDescending(x => counts.Unigram(x.c.Word)).Select((x, r) => (x.k, r)).ToDictionary(x => x.k, x => x.r);
            var features = new List<float[]>(candidates.Count);
            for (var k = 0; k < candidates.Count; k++)
                features.Add(CandidateFeatures.Compute(site, candidates[k], candidates, ranked[k], _model.Lexicon, counts, _model.Confusions, _model.Characters, ocrConfidence, nameLike));
            result.Add(new TokenExamination(t, next, site, candidates, features));
        }
        return result;
    }

    /// <param name="formCounts">
    /// The counts that say whether a form is in the corpus (<see cref="TextCorrectorOptions.KeepCorpusForms"/>); by default
    /// <paramref name="counts"/>. The evaluation passes the corpus without the labelled line's whole document, so a form
    /// counts as the corpus's only when another document holds it, as for a new scan.
    /// </param>
    public CorrectedText Correct(string line, IContextCounts counts, double ocrConfidence, TextCorrectorOptions options, IReadOnlyList<Token>? tokens = null,
        IContextCounts? formCounts = null)
    {
        formCounts ??= counts;
        tokens ??= LineTokenizer.Tokenize(line);
        var changes = new List<TextChange>();
        var consumedUpTo = -1;
        foreach (var ex in Examine(line, counts, ocrConfidence, tokens))
        {
            if (ex.Token.Start < consumedUpTo) continue;
            var best = -1;
            var bestScore = 0f;
            for (var k = 0; k < ex.Candidates.Count; k++)
            {
                if (options.KeepCorpusForms && IsCorpusForm(ex, ex.Candidates[k], formCounts)) continue;
                if (TooFar(ex, ex.Candidates[k], options)) continue;
                var s = _model.Scorer.Score(ex.Features[k]);
                if (s > bestScore) { bestScore = s; best = k; }
            }
            if (best < 0 || bestScore < options.Threshold) continue;
            var c = ex.Candidates[best];
            var start = ex.Token.Start;
            var end = c.ConsumesNext && ex.Next is { } n ? n.End : ex.Token.End;
            var from = line[start..end];
            var to = c.Verbatim ? c.Word : CasePattern.Like(ex.Token.Text, c.Word);
            if (to == from) continue;
            changes.Add(new TextChange(start, end - start, from, to, Math.Round(bestScore, 4)));
            consumedUpTo = end;
        }
        if (options.RemoveStrayMarks && StrayMarks.Find(line) is { } mark)
            changes.Add(new TextChange(mark.Start, mark.Length, line.Substring(mark.Start, mark.Length), "", options.StrayMarkConfidence));
        return new CorrectedText(Apply(line, changes), changes);
    }

    /// <summary>
    /// Whether the span a candidate would replace is a form the corpus holds and nobody marked as an OCR error: an unknown
    /// word seen anywhere; a word the lists know seen beside the same neighbour (a known word is only wrong in its
    /// context: <c>Mutu Buku</c>); the pair a merge would join seen together.
    /// </summary>
    private bool IsCorpusForm(TokenExamination ex, Candidate c, IContextCounts counts)
    {
        var token = ex.Site.Lower;
        var known = _model.KnownErrors;
        if (c.ConsumesNext && ex.Next is { } next)
        {
            var pair = next.Text.ToLowerInvariant();
            return counts.Bigram(token, pair) > 0 && !known.Contains(token + " " + pair);
        }
        if (!_model.Lexicon.IsListed(token)) return counts.Unigram(token) > 0 && !known.Contains(token);
        var (left, right) = (ex.Site.Left, ex.Site.Right);
        return (counts.Bigram(left, token) > 0 && !known.Contains(left + " " + token))
               || (counts.Bigram(token, right) > 0 && !known.Contains(token + " " + right));
    }

    /// <summary>
    /// A replacement of one word by another further away than the options allow. Splits and merges are not edits of a
    /// word, and a form people marked as an error (<c>Keptin</c>) is known to be wrong however far its correction is.
    /// </summary>
    private bool TooFar(TokenExamination ex, Candidate c, TextCorrectorOptions options)
    {
        if (c.Source is CandidateSource.Split or CandidateSource.Merge || _model.KnownErrors.Contains(ex.Site.Lower)) return false;
        var limit = _model.Lexicon.IsListed(ex.Site.Lower) ? options.MaxRealWordEdits : options.MaxEdits;
        return c.Distance > limit;
    }

    public static string Apply(string text, IReadOnlyList<TextChange> changes)
    {
        if (changes.Count == 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var ch in changes.OrderBy(c => c.Start))
        {
            sb.Append(text, at, ch.Start - at).Append(ch.To);
            at = ch.Start + ch.Length;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// Tokens that must not change: words after a personal title up to the next comma (names), month names beside
    /// numbers (dates), roman numerals, and anything after an identity label (NIP) up to the end of its run.
    /// </summary>
    private static bool[] ProtectedTokens(string line, IReadOnlyList<Token> tokens)
    {
        var mask = new bool[tokens.Count];
        var inName = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i > 0)
            {
                var gap = line.AsSpan(tokens[i - 1].End, t.Start - tokens[i - 1].End);
                if (gap.IndexOfAny(",\t:;(") >= 0) inName = false;
            }
            if (t.Kind != TokenKind.Word) { mask[i] = true; continue; }
            if (inName) { mask[i] = true; continue; }
            if (DomainVocabulary.Honorifics.Contains(t.Text) && t.End < line.Length && line[t.End] == '.')
            {
                mask[i] = true;
                inName = true;
                continue;
            }
            if (IsRomanNumeral(t.Text) || IsPartOfCode(line, tokens, i)) { mask[i] = true; continue; }
            if (DomainVocabulary.Months.Contains(t.Text)
                && ((i > 0 && tokens[i - 1].Kind == TokenKind.Protected) || (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Protected)))
                mask[i] = true;
        }
        return mask;
    }

    /// <summary>
    /// A word glued by punctuation, without spaces, to digits belongs to a code (<c>057.1.010/Disaker.01</c>,
    /// <c>Nomor 15/M.KUKM/I/2015</c>) and is read as the code was printed.
    /// </summary>
    private static bool IsPartOfCode(string line, IReadOnlyList<Token> tokens, int i)
    {
        for (var dir = -1; dir <= 1; dir += 2)
        {
            for (var k = i + dir; k >= 0 && k < tokens.Count; k += dir)
            {
                var (a, b) = dir < 0 ? (tokens[k], tokens[k - dir]) : (tokens[k - dir], tokens[k]);
                var gap = line.AsSpan(a.End, b.Start - a.End);
                if (gap.Length == 0 || gap.Length > 2 || gap.IndexOfAny(" \t") >= 0 || gap.IndexOfAnyExcept("./-_") >= 0) break;
                if (tokens[k].Kind == TokenKind.Protected) return true;
            }
        }
        return false;
    }

    private static bool IsRomanNumeral(string w) => w.Length <= 5 && w.All(ch => ch is 'I' or 'V' or 'X' or 'L' or 'C' or 'M') && w.Length >= 1
                                                    && w.Any(ch => ch is 'I' or 'V' or 'X');

    /// <summary>Capitalised and unknown to the word lists, beside another such word: probably a person's or place's name.</summary>
    private bool IsNameLike(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (CasePattern.Of(t.Text) is not (CaseShape.Capitalized or CaseShape.Upper)) return false;
        if (_model.Lexicon.IsListed(t.Text.ToLowerInvariant())) return false;
        bool Unknown(int k) => k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Word
                               && CasePattern.Of(tokens[k].Text) is CaseShape.Capitalized or CaseShape.Upper
                               && !_model.Lexicon.IsListed(tokens[k].Text.ToLowerInvariant());
        return Unknown(i - 1) || Unknown(i + 1);
    }
}
