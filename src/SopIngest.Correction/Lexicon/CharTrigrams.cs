namespace SopIngest.Correction.Lexicon;

/// <summary>
/// Character trigram model of the listed words (hunspell-id and domain vocabulary): how word-like a string looks.
/// OCR garbling leaves sequences Indonesian spelling rarely has (<c>Pengusuln</c>, <c>Pengamministrasian</c>), while
/// variant spellings and loan words (<c>Kwitansi</c>, <c>System</c>) stay plausible.
/// </summary>
internal sealed class CharTrigrams
{
    private readonly Dictionary<int, int> _trigrams = new();
    private readonly Dictionary<int, int> _bigrams = new();

    public CharTrigrams(Lexicon lexicon)
    {
        foreach (var (word, e) in lexicon.Entries)
        {
            if (!e.IsListed) continue;
            var w = "^" + word + "$";
            for (var i = 0; i + 2 < w.Length; i++)
            {
                _trigrams[Key(w[i], w[i + 1], w[i + 2])] = _trigrams.GetValueOrDefault(Key(w[i], w[i + 1], w[i + 2])) + 1;
                _bigrams[Key(w[i], w[i + 1], '\0')] = _bigrams.GetValueOrDefault(Key(w[i], w[i + 1], '\0')) + 1;
            }
        }
    }

    /// <summary>Mean and minimum log P(c3 | c1 c2) over the lower-case word's trigrams (add-one smoothed).</summary>
    public (float Mean, float Min) Score(string lower)
    {
        var w = "^" + lower + "$";
        if (w.Length < 3) return (0, 0);
        double sum = 0, min = 0;
        var n = 0;
        for (var i = 0; i + 2 < w.Length; i++)
        {
            var lp = Math.Log((_trigrams.GetValueOrDefault(Key(w[i], w[i + 1], w[i + 2])) + 1.0) / (_bigrams.GetValueOrDefault(Key(w[i], w[i + 1], '\0')) + 30.0));
            sum += lp;
            min = Math.Min(min, lp);
            n++;
        }
        return ((float)(sum / n), (float)min);
    }

    private static int Key(char a, char b, char c) => (a << 20) ^ (b << 10) ^ c;
}
