using SopIngest.Core.Layout;

namespace SopIngest.Exports.SearchablePdf;

/// <summary>A piece of a page's text with the box it covers; <see cref="Estimated"/> when no reader measured it word by word.</summary>
public sealed record PlacedText(string Text, Box Box, double Confidence, bool Estimated);

/// <summary>
/// The words of a layout page with their boxes: the recognised words where the reader kept them (text lines' and
/// OCR'd table cells' words), and for text it kept only per line or cell (born-digital table cells, lines without words) the text
/// laid over that line's box or wrapped inside the cell's box, so that it is still found by a search.
/// </summary>
public static class LayoutWords
{
    /// <summary>Helvetica's average letter width, in ems, for wrapping text whose letters were not measured.</summary>
    private const double CharWidth = 0.5;
    private const double LineSpacing = 1.15;
    private const double MaxEstimatedFontSize = 9;
    private const double MinEstimatedFontSize = 2;

    /// <summary>Only the words a reader measured (with their recognition confidence): text lines' and table cells' words.</summary>
    public static IReadOnlyList<PlacedText> Recognised(LayoutPage page) =>
        page.Blocks.SelectMany(b => b switch
        {
            TextLine line => line.Words ?? [],
            Table table => table.Cells.SelectMany(c => c.Words ?? []),
            _ => [],
        }).Select(Measured).ToList();

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
                    placed.AddRange(table.Cells.SelectMany(c => c.Words is { Count: > 0 } words ? words.Select(Measured) : CellLines(c)));
                    break;
            }
        }
        return placed;
    }

    private static PlacedText Measured(Word w) => new(w.Text, w.Box, w.Confidence, Estimated: false);

    /// <summary>
    /// A cell's paragraphs wrapped into lines that fit its width, at the largest font size (up to
    /// <see cref="MaxEstimatedFontSize"/>) whose lines fit its height; each line's box is as wide as its text is
    /// estimated to be. Squeezing a whole paragraph into one line of the cell's width would overlap the letters,
    /// and text extractors drop overlapping letters they take for duplicates.
    /// </summary>
    private static IEnumerable<PlacedText> CellLines(TableCell cell)
    {
        var paragraphs = cell.Paragraphs.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 0).ToList();
        if (cell.Box is not { } box || paragraphs.Count == 0)
            yield break;
        // A little inset keeps the lines off the ruling lines.
        var inset = Math.Min(2, Math.Min(box.Width, box.Height) / 10);
        var (width, height) = (box.Width - 2 * inset, box.Height - 2 * inset);
        if (width <= 0 || height <= 0)
            yield break;
        var size = Math.Min(MaxEstimatedFontSize, height / LineSpacing);
        var lines = Wrap(paragraphs, width, size);
        while (lines.Count * size * LineSpacing > height && size > MinEstimatedFontSize)
        {
            size = Math.Max(MinEstimatedFontSize, size * 0.9);
            lines = Wrap(paragraphs, width, size);
        }
        var lineHeight = Math.Min(size * LineSpacing, height / lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var top = box.Top + inset + i * lineHeight;
            var right = Math.Min(box.Left + inset + width, box.Left + inset + lines[i].Length * CharWidth * size);
            yield return new PlacedText(lines[i], new Box(box.Left + inset, top, right, top + lineHeight), cell.Confidence, Estimated: true);
        }
    }

    /// <summary>Greedy word wrap by estimated width; a paragraph always starts a new line.</summary>
    private static List<string> Wrap(IEnumerable<string[]> paragraphs, double width, double size)
    {
        var perLine = Math.Max(1, (int)(width / (CharWidth * size)));
        var lines = new List<string>();
        foreach (var words in paragraphs)
        {
            var line = "";
            foreach (var word in words)
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > perLine)
                {
                    lines.Add(line);
                    line = "";
                }
                line = line.Length == 0 ? word : line + " " + word;
            }
            lines.Add(line);
        }
        return lines;
    }
}
