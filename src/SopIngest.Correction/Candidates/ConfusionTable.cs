using System.Globalization;
using System.Text;

namespace SopIngest.Correction.Candidates;

/// <summary>
/// How OCR garbles characters: counts of (correct → observed) edits learned by aligning labelled pairs, plus the classic
/// confusions (rn↔m, cl↔d, li↔h, 1↔l, 0↔o, e↔c) as a weak prior. Gives the log-probability of the edits between a
/// candidate and the token, proposes multi-character repairs, and samples realistic noise for synthetic training data.
/// </summary>
internal sealed class ConfusionTable
{
    public const string FileName = "confusions.tsv";
    private const double PriorCount = 0.5;

    private static readonly (string Correct, string Observed)[] ClassicPrior =
    [
        ("m", "rn"), ("rn", "m"), ("d", "cl"), ("cl", "d"), ("h", "li"), ("h", "b"), ("b", "h"), ("l", "1"), ("i", "l"), ("l", "i"),
        ("o", "0"), ("e", "c"), ("c", "e"), ("a", "e"), ("e", "a"), ("u", "a"), ("a", "u"), ("n", "u"), ("u", "n"), ("i", "l"),
        ("s", "a"), ("t", "l"), ("f", "t"), ("rl", "d"), ("ri", "n"), ("in", "m"), ("m", "in"), ("y", "v"), ("g", "q"),
    ];

    private readonly Dictionary<(string, string), double> _counts;
    private readonly double _total;

    private ConfusionTable(Dictionary<(string, string), double> counts)
    {
        _counts = counts;
        _total = counts.Values.Sum();
    }

    public IReadOnlyDictionary<(string Correct, string Observed), double> Counts => _counts;

    public static ConfusionTable Learn(IEnumerable<(string Correct, string Observed)> pairs)
    {
        var counts = new Dictionary<(string, string), double>();
        foreach (var p in ClassicPrior) counts[p] = counts.GetValueOrDefault(p) + PriorCount;
        foreach (var (correct, observed) in pairs)
        {
            var c = correct.ToLowerInvariant();
            var o = observed.ToLowerInvariant();
            if (c == o || c.Length == 0 || o.Length == 0) continue;
            var edits = EditDistance.Align(c, o);
            if (edits.Count > 4) continue; // garbled beyond character confusions: says little about OCR's habits
            foreach (var e in edits) counts[e] = counts.GetValueOrDefault(e) + 1;
        }
        return new ConfusionTable(counts);
    }

    /// <summary>Sum of log P(edit) over the edits that turn <paramref name="candidate"/> into <paramref name="token"/>.</summary>
    public double LogProbability(string candidate, string token)
    {
        if (candidate == token) return 0;
        var edits = EditDistance.Align(candidate, token);
        var sum = 0.0;
        foreach (var e in edits) sum += Math.Log((_counts.GetValueOrDefault(e) + 0.1) / (_total + 1));
        return sum;
    }

    /// <summary>The largest count among the edits between the two words (0 when an edit was never seen).</summary>
    public double MinEditCount(string candidate, string token)
    {
        var edits = EditDistance.Align(candidate, token);
        return edits.Count == 0 ? 0 : edits.Min(e => _counts.GetValueOrDefault(e));
    }

    /// <summary>Multi-character repairs seen in data (observed → correct), longest first, for candidate generation.</summary>
    public IEnumerable<(string Observed, string Correct)> MultiCharRepairs() =>
        _counts.Where(kv => kv.Key.Item1.Length + kv.Key.Item2.Length >= 3 && kv.Key.Item2.Length > 0 && kv.Value >= 0.5)
            .OrderByDescending(kv => kv.Value).Take(200).Select(kv => (kv.Key.Item2, kv.Key.Item1));

    /// <summary>
    /// Applies one edit to <paramref name="word"/>: usually one drawn from the table, sometimes (<paramref name="novelShare"/>)
    /// an arbitrary substitution, deletion, insertion or transposition, because real scans keep producing confusions the
    /// table has not seen. Null when none fits.
    /// </summary>
    public string? Corrupt(string word, Random random, double novelShare = 0.15)
    {
        if (word.Length >= 3 && random.NextDouble() < novelShare) return RandomEdit(word, random);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var pick = random.NextDouble() * _total;
            foreach (var ((correct, observed), count) in _counts)
            {
                pick -= count;
                if (pick > 0) continue;
                if (correct.Length == 0)
                {
                    var at = random.Next(1, word.Length);
                    return word.Insert(at, observed);
                }
                var positions = new List<int>();
                for (var i = word.IndexOf(correct, StringComparison.Ordinal); i >= 0; i = word.IndexOf(correct, i + 1, StringComparison.Ordinal))
                    positions.Add(i);
                if (positions.Count == 0) break;
                var p = positions[random.Next(positions.Count)];
                return word[..p] + observed + word[(p + correct.Length)..];
            }
        }
        return null;
    }

    private static string RandomEdit(string word, Random random)
    {
        const string letters = "abcdefghijklmnoprstuwy";
        var p = random.Next(word.Length);
        return random.Next(4) switch
        {
            0 => word[..p] + letters[random.Next(letters.Length)] + word[(p + 1)..],
            1 => word.Remove(p, 1),
            2 => word.Insert(p, letters[random.Next(letters.Length)].ToString()),
            _ => p + 1 < word.Length ? word[..p] + word[p + 1] + word[p] + word[(p + 2)..] : word.Remove(p, 1),
        };
    }

    public void Save(string path)
    {
        var sb = new StringBuilder("correct\tobserved\tcount\n");
        foreach (var ((c, o), n) in _counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal))
            sb.Append(Escape(c)).Append('\t').Append(Escape(o)).Append('\t').Append(n.ToString("0.##", CultureInfo.InvariantCulture)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    public static ConfusionTable Load(string path)
    {
        var counts = new Dictionary<(string, string), double>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var p = line.Split('\t');
            if (p.Length == 3) counts[(Unescape(p[0]), Unescape(p[1]))] = double.Parse(p[2], CultureInfo.InvariantCulture);
        }
        return new ConfusionTable(counts);
    }

    private static string Escape(string s) => s.Length == 0 ? "∅" : s.Replace(" ", "␣");
    private static string Unescape(string s) => s == "∅" ? "" : s.Replace("␣", " ");
}
