using System.Text;
using System.Text.RegularExpressions;

namespace SopIngest.Correction.Lexicon;

/// <summary>
/// Expands a hunspell dictionary (<c>.dic</c> + <c>.aff</c>) into surface forms: prefixes, suffixes, their
/// cross products, one level of continuation classes (a suffix's own suffixes and prefixes) and circumfixes.
/// Affixes that add capitals or hyphens (<c>-Nya</c>, <c>-Ku</c>) are skipped; hunspell-id uses them only for
/// clitics that SOP text never carries. Enough of hunspell's semantics for a word list, not a spell checker.
/// </summary>
internal static class HunspellExpander
{
    private sealed record Rule(string Strip, string Add, string[] Continuation, Regex? Condition, bool IsPrefix);

    private sealed record AffixClass(string Flag, bool IsPrefix, bool CrossProduct, List<Rule> Rules);

    public static IEnumerable<string> Expand(string dicPath, string affPath)
    {
        var encoding = Encoding.Latin1; // hunspell-id declares SET ISO8859-1
        var (classes, circumfix, needAffix) = ReadAffixes(File.ReadLines(affPath, encoding));
        foreach (var line in File.ReadLines(dicPath, encoding).Skip(1))
        {
            if (line.Length == 0) continue;
            var slash = line.IndexOf('/');
            var word = slash < 0 ? line.Trim() : line[..slash].Trim();
            var flags = slash < 0 ? [] : SplitLongFlags(line[(slash + 1)..].Trim());
            foreach (var form in ExpandWord(word, flags, classes, circumfix, needAffix))
                yield return form;
        }
    }

    private static IEnumerable<string> ExpandWord(
        string root, string[] flags, Dictionary<string, AffixClass> classes, string circumfix, string needAffix)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!flags.Contains(needAffix) && seen.Add(root)) yield return root;

        var rootPrefixes = flags.Select(f => classes.GetValueOrDefault(f)).Where(c => c is { IsPrefix: true }).ToList();
        var rootSuffixes = flags.Select(f => classes.GetValueOrDefault(f)).Where(c => c is { IsPrefix: false }).ToList();

        foreach (var pc in rootPrefixes)
        foreach (var rule in pc!.Rules)
        {
            if (rule.Continuation.Contains(circumfix)) continue; // needs a circumfix suffix
            if (Apply(root, rule) is { } w && seen.Add(w)) yield return w;
        }

        foreach (var sc in rootSuffixes)
        foreach (var rule in sc!.Rules)
        {
            if (Apply(root, rule) is not { } suffixed) continue;
            var isCircumfix = rule.Continuation.Contains(circumfix);
            if (!isCircumfix && seen.Add(suffixed)) yield return suffixed;

            var contClasses = rule.Continuation.Select(f => classes.GetValueOrDefault(f)).Where(c => c is not null).ToList();
            // Prefixes that may join this suffixed form: the suffix's continuation, or root prefixes by cross product.
            var prefixes = contClasses.Where(c => c!.IsPrefix).ToList();
            if (sc.CrossProduct)
                prefixes.AddRange(rootPrefixes.Where(p => p!.CrossProduct));
            var bases = new List<string>();
            foreach (var pc in prefixes)
            foreach (var pr in pc!.Rules)
            {
                var prefixIsCircumfix = pr.Continuation.Contains(circumfix);
                if (prefixIsCircumfix != isCircumfix) continue;
                if (Apply(suffixed, pr) is { } w)
                {
                    bases.Add(w);
                    if (seen.Add(w)) yield return w;
                }
            }
            if (!isCircumfix) bases.Add(suffixed);
            // Second suffix level (particles and possessives on top of -an, -kan, -i).
            foreach (var c2 in contClasses.Where(c => !c!.IsPrefix))
            foreach (var r2 in c2!.Rules)
            foreach (var b in bases)
                if (Apply(b, r2) is { } w2 && seen.Add(w2)) yield return w2;
        }
    }

    private static string? Apply(string word, Rule rule)
    {
        if (rule.Add.Any(ch => char.IsUpper(ch) || ch == '-')) return null;
        if (rule.IsPrefix)
        {
            if (rule.Condition is not null && !rule.Condition.IsMatch(word)) return null;
            if (!word.StartsWith(rule.Strip, StringComparison.Ordinal)) return null;
            return rule.Add + word[rule.Strip.Length..];
        }
        if (rule.Condition is not null && !rule.Condition.IsMatch(word)) return null;
        if (!word.EndsWith(rule.Strip, StringComparison.Ordinal)) return null;
        return word[..^rule.Strip.Length] + rule.Add;
    }

    private static (Dictionary<string, AffixClass>, string circumfix, string needAffix) ReadAffixes(IEnumerable<string> lines)
    {
        var classes = new Dictionary<string, AffixClass>(StringComparer.Ordinal);
        string circumfix = "\0", needAffix = "\0";
        foreach (var raw in lines)
        {
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            switch (parts[0])
            {
                case "CIRCUMFIX" when parts.Length > 1: circumfix = parts[1]; break;
                case "NEEDAFFIX" when parts.Length > 1: needAffix = parts[1]; break;
                case "PFX" or "SFX" when parts.Length >= 4 && !classes.ContainsKey(parts[1]) && int.TryParse(parts[3], out _):
                    classes[parts[1]] = new AffixClass(parts[1], parts[0] == "PFX", parts[2] == "Y", []);
                    break;
                case "PFX" or "SFX" when parts.Length >= 4 && classes.TryGetValue(parts[1], out var cls):
                    var strip = parts[2] == "0" ? "" : parts[2];
                    var addParts = parts[3].Split('/', 2);
                    var add = addParts[0] == "0" ? "" : addParts[0];
                    var cont = addParts.Length > 1 ? SplitLongFlags(addParts[1]) : [];
                    var cond = parts.Length > 4 && parts[4] != "." ? parts[4] : null;
                    cls.Rules.Add(new Rule(strip, add, cont, cond is null ? null : ToRegex(cond, cls.IsPrefix), cls.IsPrefix));
                    break;
            }
        }
        return (classes, circumfix, needAffix);
    }

    // hunspell writes negated classes as [^k^m]; .NET wants [^km].
    private static Regex ToRegex(string condition, bool prefix)
    {
        var pattern = Regex.Replace(condition, @"\[\^([^\]]*)\]", m => "[^" + m.Groups[1].Value.Replace("^", "") + "]");
        return new Regex(prefix ? "^" + pattern : pattern + "$", RegexOptions.CultureInvariant);
    }

    private static string[] SplitLongFlags(string flags)
    {
        var result = new string[flags.Length / 2];
        for (var i = 0; i < result.Length; i++) result[i] = flags.Substring(2 * i, 2);
        return result;
    }
}
