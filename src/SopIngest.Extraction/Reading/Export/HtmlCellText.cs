using System.Net;
using System.Text.RegularExpressions;

namespace SopIngest.Extraction.Reading.Export;

/// <summary>
/// The OCR service writes cell content as a fragment of HTML (<c>ul/ol/li/p/br/b/u/i</c>).
/// This turns it into paragraphs: one per list item or paragraph, inline tags dropped.
/// </summary>
internal static partial class HtmlCellText
{
    public static IReadOnlyList<string> Paragraphs(string raw)
    {
        var marked = BlockBoundary().Replace(raw, "\n");
        // "<b>Kepala Dinas</b>  <u>Nama</u>": adjacent emphasised runs are separate printed lines.
        marked = AdjacentEmphasis().Replace(marked, "$1\n$2");
        // An underlined run is the signer's name under the position: its own printed line.
        marked = Underline().Replace(marked, "\n");
        var text = WebUtility.HtmlDecode(AnyTag().Replace(marked, " "));
        return text.Split('\n')
            .Select(Fold)
            .Where(p => p.Length > 0)
            .ToList();
    }

    public static bool IsEmphasised(string raw) =>
        raw.TrimStart().StartsWith("<b>", StringComparison.OrdinalIgnoreCase) ||
        raw.TrimStart().StartsWith("**", StringComparison.Ordinal);

    public static string Fold(string text) => Whitespace().Replace(text.Replace("**", ""), " ").Trim();

    [GeneratedRegex(@"<\s*/?\s*(li|p|br|ul|ol|div|tr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"(</(?:b|u|strong)>)\s*(<(?:b|u|strong)>)", RegexOptions.IgnoreCase)]
    private static partial Regex AdjacentEmphasis();

    [GeneratedRegex(@"<u>", RegexOptions.IgnoreCase)]
    private static partial Regex Underline();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
