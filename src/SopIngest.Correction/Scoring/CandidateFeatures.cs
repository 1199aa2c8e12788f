using SopIngest.Correction.Candidates;
using SopIngest.Correction.Context;
using SopIngest.Correction.Text;

namespace SopIngest.Correction.Scoring;

/// <summary>
/// Turns (token, candidate) into the classifier's feature vector: edit cost, confusion probability, dictionary and
/// corpus frequencies, left/right bigram context, OCR confidence, character classes, abbreviation and name cues.
/// </summary>
internal static class CandidateFeatures
{
    public const int Count = 37;

    public static readonly string[] Names =
    [
        "Distance", "NormalizedDistance", "LengthDiff", "ConfusionLogProb", "MinEditCount", "TokenListed", "TokenCorpus",
        "CandidateListed", "CandidateCorpus", "FrequencyRatio", "TokenLeftBigram", "TokenRightBigram", "CandidateLeftBigram",
        "CandidateRightBigram", "ContextGain", "OcrConfidence", "TokenLength", "IsUpper", "IsCapitalized", "IsMixedCase",
        "VowelRatio", "AbbreviationLike", "NameLike", "SameFirstLetter", "FromEdit", "FromConfusion", "FromContext",
        "FromSplit", "FromMerge", "CandidateCount", "FrequencyRank", "CandidateDomain", "SplitInnerBigram", "NextListed",
        "TokenCharMean", "TokenCharMin", "CandidateCharGain",
    ];

    public static float[] Compute(
        in TokenSite site, Candidate c, IReadOnlyList<Candidate> all, int rank, Lexicon.Lexicon lexicon,
        IContextCounts counts, ConfusionTable confusions, Lexicon.CharTrigrams chars, double ocrConfidence, bool nameLike)
    {
        var f = new float[Count];
        var token = site.Lower;
        var candWord = c.Word.ToLowerInvariant();
        var compare = c.Source == CandidateSource.Split ? candWord.Replace(" ", "") : candWord;
        var observed = c.Source == CandidateSource.Merge ? token + (site.NextWord ?? "").ToLowerInvariant() : token;
        var tokenEntry = lexicon.Get(token);
        f[0] = c.Distance;
        f[1] = (float)c.Distance / Math.Max(1, token.Length);
        f[2] = compare.Length - observed.Length;
        f[3] = (float)(c.Source == CandidateSource.Split ? 0 : Math.Max(-40, confusions.LogProbability(compare, observed)));
        f[4] = (float)Math.Log(1 + (c.Source == CandidateSource.Split ? 0 : confusions.MinEditCount(compare, observed)));
        f[5] = tokenEntry.IsListed ? 1 : 0;
        f[6] = Log(counts.Unigram(token));
        string left = site.Left, right = c.ConsumesNext ? site.RightAfterNext : site.Right;
        string first = candWord, last = candWord;
        var space = candWord.IndexOf(' ');
        if (space > 0) { first = candWord[..space]; last = candWord[(space + 1)..]; }
        f[7] = space > 0 ? (lexicon.IsListed(first) && lexicon.IsListed(last) ? 1 : 0) : (lexicon.IsListed(candWord) ? 1 : 0);
        f[8] = space > 0 ? Math.Min(Log(counts.Unigram(first)), Log(counts.Unigram(last))) : Log(counts.Unigram(candWord));
        f[9] = f[8] - f[6];
        f[10] = Log(counts.Bigram(left, token));
        f[11] = Log(counts.Bigram(token, site.Right));
        f[12] = Log(counts.Bigram(left, first));
        f[13] = Log(counts.Bigram(last, right));
        f[14] = f[12] + f[13] - f[10] - f[11];
        f[15] = (float)ocrConfidence;
        f[16] = token.Length;
        var shape = CasePattern.Of(site.Text);
        f[17] = shape == CaseShape.Upper ? 1 : 0;
        f[18] = shape == CaseShape.Capitalized ? 1 : 0;
        f[19] = shape == CaseShape.Mixed ? 1 : 0;
        f[20] = VowelRatio(token);
        f[21] = (shape == CaseShape.Upper && site.Text.Length <= 6) || (tokenEntry.IsDomain && !tokenEntry.InDictionary) ? 1 : 0;
        f[22] = nameLike ? 1 : 0;
        f[23] = compare.Length > 0 && token.Length > 0 && compare[0] == token[0] ? 1 : 0;
        f[24 + (int)c.Source] = 1;
        f[29] = all.Count;
        f[30] = rank;
        f[31] = lexicon.Get(candWord).IsDomain ? 1 : 0;
        f[32] = space > 0 ? Log(counts.Bigram(first, last)) : 0;
        f[33] = site.NextWord is null ? -1 : lexicon.IsListed(site.NextWord.ToLowerInvariant()) ? 1 : 0;
        var (tokenMean, tokenMin) = chars.Score(observed);
        f[34] = tokenMean;
        f[35] = tokenMin;
        f[36] = chars.Score(compare.Replace(" ", "")).Mean - tokenMean;
        return f;
    }

    private static float Log(int count) => (float)Math.Log(1 + count);

    private static float VowelRatio(string w)
    {
        if (w.Length == 0) return 0;
        var v = 0;
        foreach (var ch in w) if ("aeiou".Contains(ch)) v++;
        return (float)v / w.Length;
    }
}
