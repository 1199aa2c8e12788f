using SopIngest.Core.Layout;

namespace SopIngest.Exports.SearchablePdf;

/// <summary>A piece of a page's text with the box it covers; <see cref="Estimated"/> when no reader measured it word by word.</summary>
public sealed record PlacedText(string Text, Box Box, double Confidence, bool Estimated);

/// <summary>
/// The words of a layout page with their boxes: the recognised words where the reader kept them (text lines'
/// words), and for text it kept only per line or cell (born-digital table cells, lines without words) the text
/// laid over that line's box or the cell's box, one band per paragraph, so that it is still found by a search.
/// </summary>
public static class LayoutWords
{
    /// <summary>Only the words a reader measured (with their recognition confidence).</summary>
    public static IReadOnlyList<PlacedText> Recognised(LayoutPage page) =>
        page.Blocks.OfType<TextLine>().SelectMany(l => l.Words ?? []).Select(Measured).ToList();

    /// <summary>All the page's text placed as well as the layout allows: measured words, else estimated bands.</summary>
    public static IReadOnlyList<PlacedText> All(LayoutPage page)
    {
        var placed = new List<PlacedText>();
        foreach (var block in page.Blocks)
        {
            switch (block)
            {
                case TextLine { Words.Count: > 0 } line:
                    placed.AddRange(line.Words.Select(Measured));
                    break;
                case TextLine { Box: { } box } line when !string.IsNullOrWhiteSpace(line.Text):
                    placed.Add(new PlacedText(line.Text.Trim(), box, 1, Estimated: true));
                    break;
                case Table table:
                    placed.AddRange(table.Cells.SelectMany(CellBands));
                    break;
            }
        }
        return placed;
    }

    private static PlacedText Measured(Word w) => new(w.Text, w.Box, w.Confidence, Estimated: false);

    /// <summary>A cell's paragraphs as equal horizontal bands of its box, top to bottom.</summary>
    private static IEnumerable<PlacedText> CellBands(TableCell cell)
    {
        var paragraphs = cell.Paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (cell.Box is not { } box || paragraphs.Count == 0)
            yield break;
        // A little inset keeps the bands off the ruling lines.
        var inset = Math.Min(2, Math.Min(box.Width, box.Height) / 10);
        var band = (box.Height - 2 * inset) / paragraphs.Count;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var top = box.Top + inset + i * band;
            yield return new PlacedText(paragraphs[i], new Box(box.Left + inset, top, box.Right - inset, top + band), cell.Confidence, Estimated: true);
        }
    }
}
