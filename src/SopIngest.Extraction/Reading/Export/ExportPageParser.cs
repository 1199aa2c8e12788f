using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Reading.Export;

/// <summary>One page of an export → blocks: runs of tab-separated lines are tables, the rest text lines.</summary>
internal static class ExportPageParser
{
    public static IReadOnlyList<LayoutBlock> Parse(IReadOnlyList<string> lines)
    {
        var blocks = new List<LayoutBlock>();
        var rows = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Contains('\t'))
            {
                rows.Add(line);
                continue;
            }
            FlushTable(rows, blocks);
            if (line.Length == 0)
                continue;
            i = ReadTextLine(lines, i, blocks);
        }
        FlushTable(rows, blocks);
        return blocks;
    }

    /// <summary>
    /// A bold span opened after a key (<c>Nama SOP : **PENYUSUNAN …</c>) may wrap over several lines: it is
    /// one value. A bold block of its own (an agency header) keeps its printed lines apart.
    /// </summary>
    private static int ReadTextLine(IReadOnlyList<string> lines, int i, List<LayoutBlock> blocks)
    {
        var text = lines[i];
        var emphasis = text.Contains("**") || text.TrimStart().StartsWith('#') || HtmlCellText.IsEmphasised(text);
        var standaloneBlock = text.TrimStart().StartsWith("**");
        while (CountOf(text, "**") % 2 == 1 && i + 1 < lines.Count && lines[i + 1].Length > 0 && !lines[i + 1].Contains('\t'))
        {
            if (standaloneBlock)
                Add(blocks, text, emphasis);
            text = standaloneBlock ? "**" + lines[++i] : text + " " + lines[++i];
        }
        Add(blocks, text, emphasis);
        return i;
    }

    private static void Add(List<LayoutBlock> blocks, string text, bool emphasis)
    {
        var folded = HtmlCellText.Fold(string.Join(" ", HtmlCellText.Paragraphs(text.TrimStart('#', ' '))));
        if (folded.Length > 0)
            blocks.Add(new TextLine(folded, Emphasis: emphasis));
    }

    private static void FlushTable(List<string> rows, List<LayoutBlock> blocks)
    {
        if (rows.Count == 0)
            return;
        var cells = rows
            .SelectMany((row, r) => row.Split('\t').Select((raw, c) => new TableCell(r, c, HtmlCellText.Paragraphs(raw))))
            .ToList();
        blocks.Add(new Table(cells));
        rows.Clear();
    }

    private static int CountOf(string text, string token)
    {
        var count = 0;
        for (var at = text.IndexOf(token, StringComparison.Ordinal); at >= 0; at = text.IndexOf(token, at + token.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
