namespace SopIngest.Correction.Candidates;

/// <summary>
/// SymSpell's symmetric-delete index: every word's deletes (up to <see cref="MaxDistance"/> characters) of its first
/// <see cref="PrefixLength"/> characters point back to it, so a lookup only needs the deletes of the query.
/// Candidates are then checked with a true edit distance on the whole word.
/// </summary>
internal sealed class SymSpellIndex
{
    public const int MaxDistance = 2;
    public const int PrefixLength = 7;

    private readonly string[] _words;
    private readonly Dictionary<int, int[]> _deletes;

    public SymSpellIndex(IEnumerable<string> words)
    {
        _words = words.Distinct(StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToArray();
        var map = new Dictionary<int, List<int>>(_words.Length * 8);
        var scratch = new HashSet<string>(StringComparer.Ordinal);
        for (var id = 0; id < _words.Length; id++)
        {
            scratch.Clear();
            Deletes(Prefix(_words[id]), scratch);
            foreach (var d in scratch)
            {
                var h = Hash(d);
                if (!map.TryGetValue(h, out var list)) map[h] = list = new List<int>(2);
                if (list.Count == 0 || list[^1] != id) list.Add(id);
            }
        }
        _deletes = new Dictionary<int, int[]>(map.Count);
        foreach (var (h, list) in map) _deletes[h] = list.ToArray();
    }

    public int WordCount => _words.Length;

    /// <summary>Words within <paramref name="maxDistance"/> edits of <paramref name="lower"/>, with their distance.</summary>
    public List<(string Word, int Distance)> Lookup(string lower, int maxDistance = MaxDistance)
    {
        var result = new List<(string, int)>();
        var seen = new HashSet<int>();
        var deletes = new HashSet<string>(StringComparer.Ordinal);
        Deletes(Prefix(lower), deletes, maxDistance);
        foreach (var d in deletes)
        {
            if (!_deletes.TryGetValue(Hash(d), out var ids)) continue;
            foreach (var id in ids)
            {
                if (!seen.Add(id)) continue;
                var w = _words[id];
                if (Math.Abs(w.Length - lower.Length) > maxDistance) continue;
                var dist = EditDistance.Compute(lower, w, maxDistance);
                if (dist <= maxDistance) result.Add((w, dist));
            }
        }
        return result;
    }

    private static string Prefix(string w) => w.Length <= PrefixLength ? w : w[..PrefixLength];

    private static void Deletes(string word, HashSet<string> into, int maxDistance = MaxDistance)
    {
        into.Add(word);
        var frontier = new List<string> { word };
        for (var d = 1; d <= maxDistance; d++)
        {
            var next = new List<string>();
            foreach (var w in frontier)
            {
                if (w.Length <= 1) continue;
                for (var i = 0; i < w.Length; i++)
                {
                    var del = w.Remove(i, 1);
                    if (into.Add(del)) next.Add(del);
                }
            }
            frontier = next;
        }
    }

    private static int Hash(string s)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }
}
