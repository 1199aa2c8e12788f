using System.Text.RegularExpressions;

namespace SopIngest.Extraction.Records;

/// <summary>List items as the contract wants them: markers removed, a cell's items joined with "; ".</summary>
internal static partial class ListItems
{
    public static bool StartsWithMarker(string text) => SectionMarker().IsMatch(text);

    /// <summary>
    /// Removes a list marker. In list sections a bare number ("1 Undang-Undang") is a marker; in table
    /// cells it is data ("2 lembar foto"), so only punctuated markers count there.
    /// </summary>
    public static string StripMarker(string text, bool section) =>
        (section ? SectionMarker() : CellMarker()).Replace(text, "").Trim();

    /// <summary>Splits paragraphs into items, including lists the OCR flattened onto one line.</summary>
    public static IReadOnlyList<string> Items(IEnumerable<string> paragraphs, bool section = false) =>
        paragraphs
            .SelectMany(p => InlineDashes(p))
            .SelectMany(p => section ? InlineNumbers(p) : [p])
            .Select(p => Clean(StripMarker(p, section)))
            .Where(p => p.Length > 0)
            .ToList();

    /// <summary>The text of a table cell: one line, bullet items joined with "; ".</summary>
    public static string CellText(IEnumerable<string> paragraphs) => string.Join("; ", Items(paragraphs));

    private static string Clean(string item) => Fold(item).TrimEnd(';', ',', ' ');

    public static string Fold(string text) => Spaces().Replace(text, " ").Trim();

    private static IEnumerable<string> InlineDashes(string paragraph) =>
        paragraph.TrimStart().StartsWith('-') ? DashSeparator().Split(paragraph) : [paragraph];

    /// <summary>"1 Undang-Undang … 2 Peraturan …": split where the next expected number starts an item.</summary>
    private static IEnumerable<string> InlineNumbers(string paragraph)
    {
        var first = LeadingNumber().Match(paragraph);
        if (!first.Success)
            return [paragraph];
        var items = new List<string>();
        var start = 0;
        for (var next = int.Parse(first.Groups[1].Value) + 1; ; next++)
        {
            var m = Regex.Match(paragraph[(start + 1)..], $@"(?<=\s){next}[.)]?\s+(?=\S)");
            if (!m.Success) break;
            var at = start + 1 + m.Index;
            items.Add(paragraph[start..at]);
            start = at;
        }
        items.Add(paragraph[start..]);
        return items;
    }

    [GeneratedRegex(@"^\s*(?:[-•*·–▪►]+\s*|\(?\d{1,2}[.)]\s*|\d{1,2}\s+(?=\p{L})|\(?[a-zA-Z][.)]\s+)")]
    private static partial Regex SectionMarker();

    [GeneratedRegex(@"^\s*(?:[-•*·–▪►]+\s*|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)")]
    private static partial Regex CellMarker();

    [GeneratedRegex(@"(?:^|\s)-\s*(?=\S)")]
    private static partial Regex DashSeparator();

    [GeneratedRegex(@"^\s*(\d{1,2})[.)]?\s+\S")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
