using System.Collections.Concurrent;

namespace SopIngest.Search.Analysis;

/// <summary>
/// A root-dictionary stemmer in the manner of Nazief–Adriani: strip particles, possessives and derivational
/// suffixes, then up to three prefixes with their sound changes (meny-→s, men-→t, mem-→p, meng-→k …),
/// checking the root dictionary after every step. A word that reaches no root is returned unchanged, so
/// OCR-garbled words stay what they are (and fuzzy matching can still find them).
/// </summary>
public sealed class IndonesianStemmer
{
    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    // -an before -kan: kebijakan → kebijak → bijak; memberikan falls through to -kan → memberi → beri
    private static readonly string[] DerivationalSuffixes = ["an", "kan", "i"];
    private const int MaxPrefixes = 3;

    private readonly RootDictionary _roots;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public IndonesianStemmer(RootDictionary roots) => _roots = roots;

    public string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsLetter)) return word;
        if (_cache.TryGetValue(word, out var cached)) return cached;
        var stem = FindRoot(word) ?? word;
        if (_cache.Count < 200_000) _cache[word] = stem;
        return stem;
    }

    private string? FindRoot(string word)
    {
        if (_roots.Contains(word)) return word;
        foreach (var inflected in WithoutInflection(word))
        {
            if (inflected != word && _roots.Contains(inflected)) return inflected;
            // suffixes come off before prefixes: memberikan → memberi → beri, not mem-ber-ikan
            foreach (var suffix in DerivationalSuffixes)
            {
                if (!inflected.EndsWith(suffix, StringComparison.Ordinal) || inflected.Length - suffix.Length < 3) continue;
                var derived = inflected[..^suffix.Length];
                if (_roots.Accepts(derived, null)) return derived;
                if (StripPrefixes(derived, MaxPrefixes, null, suffix) is { } root) return root;
            }
            if (StripPrefixes(inflected, MaxPrefixes, null, null) is { } bare) return bare;
        }
        return null;
    }

    /// <summary>Prefix–suffix pairs Indonesian does not combine (me-…-an, di-…-an, ke-…-kan …).</summary>
    private static bool Disallowed(char family, string? suffix) => (family, suffix) switch
    {
        ('B', "i") or ('D', "an") or ('K', "i") or ('K', "kan") or ('M', "an") or ('S', "i") or ('S', "kan") or ('T', "an") => true,
        _ => false,
    };

    /// <summary>The hunspell-id flag letter of a prefix's family.</summary>
    private static char Family(string prefix) => prefix switch
    {
        "di" => 'D', "ke" => 'K', "se" => 'S', "ber" or "be" => 'B', "ter" or "te" => 'T', "per" => 'R',
        _ when prefix.StartsWith("me", StringComparison.Ordinal) => 'M',
        _ => 'P',
    };

    private static IEnumerable<string> WithoutInflection(string word)
    {
        yield return word;
        foreach (var particle in Particles)
        {
            if (!word.EndsWith(particle, StringComparison.Ordinal) || word.Length - particle.Length < 4) continue;
            var w = word[..^particle.Length];
            yield return w;
            foreach (var p in Possessives)
                if (w.EndsWith(p, StringComparison.Ordinal) && w.Length - p.Length >= 4) yield return w[..^p.Length];
        }
        foreach (var p in Possessives)
            if (word.EndsWith(p, StringComparison.Ordinal) && word.Length - p.Length >= 4) yield return word[..^p.Length];
    }

    private string? StripPrefixes(string word, int depth, string? previous, string? suffix)
    {
        if (depth == 0) return null;
        var outermost = depth == MaxPrefixes;
        foreach (var (prefix, rest) in PrefixRemovals(word))
        {
            if (rest.Length < 3 || prefix == previous) continue;
            if (outermost && Disallowed(Family(prefix), suffix)) continue;
            if (_roots.Accepts(rest, Family(prefix))) return rest;
        }
        foreach (var (prefix, rest) in PrefixRemovals(word))
        {
            if (rest.Length < 4 || prefix == previous) continue;
            if (outermost && Disallowed(Family(prefix), suffix)) continue;
            if (StripPrefixes(rest, depth - 1, prefix, suffix) is { } root) return root;
        }
        return null;
    }

    /// <summary>Each way one prefix can come off, with the root's first sound restored where the prefix ate it.</summary>
    internal static IEnumerable<(string Prefix, string Remainder)> PrefixRemovals(string w)
    {
        static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
        if (w.Length < 4) yield break;
        foreach (var simple in new[] { "di", "ke", "se" })
            if (w.StartsWith(simple, StringComparison.Ordinal)) yield return (simple, w[2..]);

        foreach (var (full, bare) in new[] { ("ber", "be"), ("ter", "te"), ("per", "pe") })
        {
            if (!w.StartsWith(bare, StringComparison.Ordinal)) continue;
            if (w.StartsWith(full, StringComparison.Ordinal))
            {
                yield return (full, w[3..]);                       // ber-kala, ter-sedia, per-tama
                if (w.Length > 3 && Vowel(w[3])) yield return (full, w[2..]); // be-rapat → rapat (r belongs to the root)
            }
            else if (w.Length > 4 && !Vowel(w[2]) && w[3] == 'e' && w[4] == 'r')
                yield return (bare, w[2..]);                       // be-kerja, pe-kerja
        }

        foreach (var m in new[] { "me", "pe" })
        {
            if (!w.StartsWith(m, StringComparison.Ordinal) || w.Length < 4) continue;
            var r = w[2..];
            if (r.StartsWith("ny", StringComparison.Ordinal) && r.Length > 2 && Vowel(r[2]))
                yield return (m + "ny", "s" + r[2..]);              // menyusun → susun
            else if (r.StartsWith("ng", StringComparison.Ordinal) && r.Length > 2)
            {
                if (Vowel(r[2]))
                {
                    yield return (m + "ng", r[2..]);               // mengajukan → ajukan
                    yield return (m + "ng", "k" + r[2..]);         // mengelola → kelola
                    if (r.Length > 4 && r[2] == 'e') yield return (m + "nge", r[3..]); // mengecat → cat
                }
                else yield return (m + "ng", r[2..]);              // menggaji → gaji, menghapus → hapus
            }
            else if (r.StartsWith('m') && r.Length > 1)
            {
                if (r[1] is 'b' or 'f' or 'v' or 'p') yield return (m + "m", r[1..]); // membuat → buat, memproses → proses
                else if (Vowel(r[1]))
                {
                    yield return (m, r);                           // meminta → minta, pemohon → mohon
                    yield return (m + "m", "p" + r[1..]);          // memeriksa → periksa
                }
            }
            else if (r.StartsWith('n') && r.Length > 1)
            {
                if (r[1] is 'c' or 'd' or 'j' or 'z' or 's' or 't') yield return (m + "n", r[1..]); // mendata → data
                else if (Vowel(r[1]))
                {
                    yield return (m, r);                           // menanti → nanti, penilaian → nilai
                    yield return (m + "n", "t" + r[1..]);          // menerima → terima
                }
            }
            else if (r[0] is 'l' or 'r' or 'w' or 'y')
                yield return (m, r);                               // melapor → lapor, pelayan → layan
            if (m == "pe" && r.StartsWith("l", StringComparison.Ordinal) && r.Length > 1 && Vowel(r[1]))
                yield return ("pel", r[1..]);                      // pelajar → ajar
            if (m == "pe" && !Vowel(r[0]) && r[0] is not ('l' or 'r' or 'w' or 'y' or 'm' or 'n'))
                yield return ("pe", r);                            // pegawai, petugas → tugas
        }
    }
}
