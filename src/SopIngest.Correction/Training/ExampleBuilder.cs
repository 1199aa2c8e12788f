using SopIngest.Correction.Candidates;
using SopIngest.Correction.Context;
using SopIngest.Correction.Correcting;
using SopIngest.Correction.Scoring;
using SopIngest.Correction.Text;

namespace SopIngest.Correction.Training;

/// <summary>
/// Turns labelled lines, reviewers' edits and synthetic noise into (token, candidate) rows for the classifier. A row is
/// positive when the candidate, written in the token's case, is the labelled correction.
/// </summary>
internal sealed class ExampleBuilder
{
    private readonly CorrectionModel _model;
    private readonly LineCorrector _corrector;

    public ExampleBuilder(CorrectionModel model)
    {
        _model = model;
        _corrector = new LineCorrector(model);
    }

    /// <summary>Rows for labelled spans of one line: (start, end, correction or null when the span is correct).</summary>
    public IEnumerable<FeatureRow> FromLine(string line, IReadOnlyList<(int Start, int End, string? Correction)> labels, IContextCounts? counts, float weight)
    {
        var tokens = LineTokenizer.Tokenize(line);
        counts ??= new LineExcludedCounts(_model.Statistics, tokens);
        var starts = labels.Select(l => l.Start).ToHashSet();
        foreach (var ex in _corrector.Examine(line, counts, 1.0, tokens, starts))
        {
            foreach (var (start, end, correction) in labels)
            {
                if (ex.Token.Start != start) continue;
                for (var k = 0; k < ex.Candidates.Count; k++)
                {
                    var c = ex.Candidates[k];
                    var candEnd = c.ConsumesNext && ex.Next is { } n ? n.End : ex.Token.End;
                    var text = c.Verbatim ? c.Word : CasePattern.Like(ex.Token.Text, c.Word);
                    var positive = correction is not null && candEnd == end && string.Equals(text, correction, StringComparison.OrdinalIgnoreCase);
                    yield return new FeatureRow { Features = ex.Features[k], Label = positive, Weight = weight };
                }
            }
        }
    }

    /// <summary>
    /// Negatives from words the word lists lack but the corpus uses often (at least <paramref name="minCount"/> times):
    /// such words are abbreviations, names and jargon far more often than repeated OCR errors.
    /// </summary>
    public IEnumerable<FeatureRow> FrequentUnlisted(IReadOnlyList<string> lines, int minCount, IReadOnlySet<string> knownErrors, int perWord = 2)
    {
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var tokens = LineTokenizer.Tokenize(line);
            var picks = new List<(int, int, string?)>();
            foreach (var t in tokens)
            {
                if (t.Kind != TokenKind.Word || t.Length < 2) continue;
                var lower = t.Text.ToLowerInvariant();
                if (_model.Lexicon.IsListed(lower) || knownErrors.Contains(lower) || _model.Statistics.Unigram(lower) < minCount) continue;
                var n = taken.GetValueOrDefault(lower);
                if (n >= perWord) continue;
                taken[lower] = n + 1;
                picks.Add((t.Start, t.End, null));
            }
            if (picks.Count > 0)
                foreach (var r in FromLine(line, picks, null, 1)) yield return r;
        }
    }

    private string? RealWordConfusion(string lower, Random random)
    {
        var near = _model.Index.Lookup(lower, lower.Length <= 4 ? 1 : 2)
            .Where(c => c.Distance > 0 && _model.Lexicon.IsListed(c.Word) && c.Word.All(char.IsLetter)).ToList();
        return near.Count == 0 ? null : near[random.Next(near.Count)].Word;
    }

    /// <summary>Synthetic errors drawn from clean words of the corpus lines (confusions, joined words, split words).</summary>
    public IEnumerable<FeatureRow> Synthetic(IReadOnlyList<string> lines, int count, int seed, Action<int>? made = null)
    {
        var random = new Random(seed);
        var produced = 0;
        var order = Enumerable.Range(0, lines.Count).OrderBy(_ => random.Next()).ToArray();
        var pass = 0;
        while (produced < count && pass < 8)
        {
            foreach (var li in order)
            {
                if (produced >= count) break;
                var line = lines[li];
                var tokens = LineTokenizer.Tokenize(line);
                var clean = tokens.Select((t, i) => (t, i)).Where(x => x.t.Kind == TokenKind.Word && x.t.Length >= 4
                    && _model.Lexicon.IsListed(x.t.Text.ToLowerInvariant()) && _model.Statistics.Unigram(x.t.Text.ToLowerInvariant()) >= 3
                    && CasePattern.Of(x.t.Text) != CaseShape.Mixed).ToList();
                if (clean.Count == 0) continue;
                var (tok, idx) = clean[random.Next(clean.Count)];
                var counts = new LineExcludedCounts(_model.Statistics, tokens);
                var roll = random.NextDouble();
                string noisy;
                string correction;
                int spanLength;
                if (roll < 0.08 && idx + 1 < tokens.Count && tokens[idx + 1] is { Kind: TokenKind.Word } next && tokens[idx + 1].Start == tok.End + 1)
                {
                    // Words run together: "keluar SOP" -> "keluarSOP".
                    noisy = tok.Text + next.Text;
                    correction = tok.Text + " " + next.Text;
                    spanLength = noisy.Length;
                    var joinedLine = line[..tok.Start] + noisy + line[next.End..];
                    foreach (var r in FromLine(joinedLine, [(tok.Start, tok.Start + spanLength, correction)], counts, 1)) yield return r;
                }
                else if (roll < 0.14 && tok.Length >= 7)
                {
                    // A word broken by a stray space: "Keterangan" -> "Ketera ngan".
                    var p = random.Next(3, tok.Length - 2);
                    noisy = tok.Text[..p] + " " + tok.Text[p..];
                    var brokenLine = line[..tok.Start] + noisy + line[tok.End..];
                    foreach (var r in FromLine(brokenLine, [(tok.Start, tok.Start + noisy.Length, tok.Text)], counts, 1)) yield return r;
                }
                else if (roll < 0.24 && RealWordConfusion(tok.Text.ToLowerInvariant(), random) is { } other)
                {
                    // A misread that is itself a word: "Mutu Baku" -> "Mutu Buku"; only the context can tell.
                    noisy = CasePattern.Apply(CasePattern.Of(tok.Text), other);
                    var noisyLine = line[..tok.Start] + noisy + line[tok.End..];
                    foreach (var r in FromLine(noisyLine, [(tok.Start, tok.Start + noisy.Length, tok.Text)], counts, 1)) yield return r;
                }
                else
                {
                    var lower = tok.Text.ToLowerInvariant();
                    var corrupted = _model.Confusions.Corrupt(lower, random);
                    if (corrupted is not null && random.NextDouble() < 0.3) corrupted = _model.Confusions.Corrupt(corrupted, random) ?? corrupted;
                    if (corrupted is null || corrupted == lower || corrupted.Any(ch => !char.IsLetter(ch))) continue;
                    noisy = CasePattern.Apply(CasePattern.Of(tok.Text), corrupted);
                    var noisyLine = line[..tok.Start] + noisy + line[tok.End..];
                    IContextCounts noisyCounts = counts;
                    if (random.NextDouble() < 0.25)
                    {
                        // Pretend the garbled word recurs elsewhere in the corpus, as repeated headers do.
                        var left = idx > 0 && tokens[idx - 1].Kind == TokenKind.Word ? tokens[idx - 1].Text.ToLowerInvariant() : WordSequence.Boundary;
                        var right = idx + 1 < tokens.Count && tokens[idx + 1].Kind == TokenKind.Word ? tokens[idx + 1].Text.ToLowerInvariant() : WordSequence.Boundary;
                        noisyCounts = new RepeatedWordCounts(counts, corrupted, left, right, random.Next(1, 5));
                    }
                    foreach (var r in FromLine(noisyLine, [(tok.Start, tok.Start + noisy.Length, tok.Text)], noisyCounts, 1)) yield return r;
                }
                // Two untouched words of the same line teach the classifier to leave good words alone.
                var negatives = clean.Where(x => x.i != idx && x.i != idx + 1).OrderBy(_ => random.Next()).Take(2)
                    .Select(x => (x.t.Start, x.t.End, (string?)null)).ToList();
                if (negatives.Count > 0)
                    foreach (var r in FromLine(line, negatives, counts, 1)) yield return r;
                produced++;
                made?.Invoke(produced);
            }
            pass++;
        }
    }
}
