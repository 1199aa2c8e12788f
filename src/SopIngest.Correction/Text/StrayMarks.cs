using System.Text.RegularExpressions;

namespace SopIngest.Correction.Text;

/// <summary>
/// Marks that handwritten initials and ticks leave at the end of a line: <c>*u*</c>, <c>*✓*</c>, <c>*X*</c>, or a lone
/// <c>u</c> / <c>✓</c> after the sentence has ended. Only line ends after closing punctuation are considered, so list
/// markers (<c>a.</c>) and initials inside names are never taken.
/// </summary>
internal static partial class StrayMarks
{
    [GeneratedRegex(@"(?:(?<=[.;:,)])(?<mark>[ \t]+\*[^*\s]{1,3}\*)|(?<=[.;])(?<mark>[ \t]+(?:[✓✔√✗×]|[a-z]{1,2})))[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AfterSentence();

    [GeneratedRegex(@"(?<mark>[ \t]+\*[✓✔√✗×]\*|[ \t]+[✓✔√✗×])[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Tick();

    /// <summary>The span (start, length) of a stray mark at the end of <paramref name="line"/>, with its leading space.</summary>
    public static (int Start, int Length)? Find(string line)
    {
        var m = AfterSentence().Match(line);
        if (!m.Success) m = Tick().Match(line);
        if (!m.Success) return null;
        var g = m.Groups["mark"];
        return (g.Index, g.Length);
    }
}
