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

    // Delete hash → its run of word ids in _ids (from _starts[slot] to _starts[slot + 1]), ids ascending.
    private readonly Dictionary<int, int> _slots;
    private readonly int[] _starts;
    private readonly int[] _ids;

    public SymSpellIndex(IEnumerable<string> words)
    {
        _words = words.Distinct(StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToArray();
        (_slots, _starts, _ids) = Build(_words);
    }

    /// <summary>
    /// The index is built at every start-up from a few hundred thousand words, so no delete is made as a string: hashes
    /// are taken from the prefix with the deleted characters skipped, and the ids go into flat arrays, not a list per hash.
    /// </summary>
    private static (Dictionary<int, int> Slots, int[] Starts, int[] Ids) Build(string[] words)
    {
        var slots = new Dictionary<int, int>(words.Length * 8);
        var slotOfDelete = new List<int>(words.Length * 24);
        var deletesOfWord = new int[words.Length];
        var counts = new List<int>(words.Length * 8);
        var lastWord = new List<int>(words.Length * 8);
        Span<int> hashes = stackalloc int[DeleteCount(PrefixLength)];
        for (var id = 0; id < words.Length; id++)
        {
            var n = DeleteHashes(words[id].AsSpan(0, Math.Min(words[id].Length, PrefixLength)), hashes);
            foreach (var h in hashes[..n])
            {
                if (!slots.TryGetValue(h, out var slot))
                {
                    slots[h] = slot = counts.Count;
                    counts.Add(0);
                    lastWord.Add(-1);
                }
                // Two deletes of one word can be the same string ("baku" → "bak" twice over): one id per hash.
                if (lastWord[slot] == id) continue;
                lastWord[slot] = id;
                counts[slot]++;
                slotOfDelete.Add(slot);
                deletesOfWord[id]++;
            }
        }
        var (starts, ids) = Layout(counts, slotOfDelete, deletesOfWord);
        return (slots, starts, ids);
    }

    /// <summary>The ids of each slot side by side, in word order, from the slots each word's deletes went to.</summary>
    private static (int[] Starts, int[] Ids) Layout(List<int> counts, List<int> slotOfDelete, int[] deletesOfWord)
    {
        var starts = new int[counts.Count + 1];
        for (var slot = 0; slot < counts.Count; slot++) starts[slot + 1] = starts[slot] + counts[slot];
        var next = starts[..^1];
        var ids = new int[slotOfDelete.Count];
        var at = 0;
        for (var id = 0; id < deletesOfWord.Length; id++)
            for (var k = 0; k < deletesOfWord[id]; k++)
                ids[next[slotOfDelete[at++]]++] = id;
        return (starts, ids);
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
            if (!_slots.TryGetValue(Hash(d), out var slot)) continue;
            foreach (var id in _ids.AsSpan(_starts[slot], _starts[slot + 1] - _starts[slot]))
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

    private static int DeleteCount(int length) => 1 + length + length * (length - 1) / 2;

    /// <summary>
    /// The hashes of what <see cref="Deletes"/> makes of <paramref name="word"/> at the full distance: the word, every
    /// one-character delete, and every two-character delete of words longer than two. Repeats are left in.
    /// </summary>
    private static int DeleteHashes(ReadOnlySpan<char> word, Span<int> hashes)
    {
        var n = 0;
        hashes[n++] = Hash(word, -1, -1);
        if (word.Length <= 1) return n;
        for (var i = 0; i < word.Length; i++)
        {
            hashes[n++] = Hash(word, i, -1);
            if (word.Length <= 2) continue;
            for (var j = i + 1; j < word.Length; j++) hashes[n++] = Hash(word, i, j);
        }
        return n;
    }

    private static int Hash(string s) => Hash(s, -1, -1);

    /// <summary>FNV-1a over the characters, those at <paramref name="skip"/> and <paramref name="skipToo"/> left out.</summary>
    private static int Hash(ReadOnlySpan<char> s, int skip, int skipToo)
    {
        unchecked
        {
            var h = (int)2166136261;
            for (var i = 0; i < s.Length; i++)
                if (i != skip && i != skipToo) h = (h ^ s[i]) * 16777619;
            return h;
        }
    }
}
