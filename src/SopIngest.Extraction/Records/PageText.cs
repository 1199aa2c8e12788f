using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Records;

/// <summary>The plain text of a page: lines as they are, table rows with cells separated by tabs.</summary>
internal static class PageText
{
    public static string Of(LayoutPage page) =>
        string.Join("\n", page.Blocks.Select(Of).Where(t => t.Length > 0));

    private static string Of(LayoutBlock block) => block switch
    {
        TextLine line => line.Text,
        Table table => string.Join("\n", Enumerable.Range(0, table.RowCount)
            .Select(r => string.Join("\t", table.Row(r).Select(c => ListItems.Fold(c.Text))).TrimEnd())),
        _ => "",
    };
}
