using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// Builds one <see cref="LayoutPage"/>: ruled tables take the words and flowchart shapes inside them, the remaining words become
/// text lines, and everything is ordered top to bottom (a table sits where its top edge is).
/// </summary>
internal static class PageLayoutBuilder
{
    public static LayoutPage Build(PdfPageContent page, PdfTextReaderOptions options)
    {
        var grids = TableGridBuilder.Build(page.Rulings, options.RulingSnapTolerance);
        var wordsByTable = grids.ToDictionary(g => g, _ => new List<PageWord>());
        var freeWords = new List<PageWord>();
        foreach (var word in page.Words)
        {
            var grid = grids.FirstOrDefault(g => g.Contains(word.Box));
            if (grid != null) wordsByTable[grid].Add(word);
            else freeWords.Add(word);
        }

        var blocks = new List<LayoutBlock>();
        blocks.AddRange(grids.Select(g => BuildTable(g, wordsByTable[g], page.Shapes ?? [], options)));
        blocks.AddRange(LineGrouper.Group(freeWords, options.LineMergeTolerance).Select(ToTextLine));
        var ordered = blocks.OrderBy(b => b.Box!.Top).ThenBy(b => b.Box!.Left).ToList();
        return new LayoutPage(page.Number, ordered, page.Width, page.Height);
    }

    private static TextLine ToTextLine(WordLine line) =>
        new(line.Text, line.Box, line.Bold, line.Words.Select(w => w.ToLayout()).ToList());

    private static Table BuildTable(TableGrid grid, List<PageWord> words, IReadOnlyList<CellShape> shapes, PdfTextReaderOptions options)
    {
        var wordsByCell = words.GroupBy(w => grid.CellOf(w.Box)).ToDictionary(g => g.Key, g => g.ToList());
        var shapesByCell = CellShapes.Assign(grid, shapes, options.RulingSnapTolerance);
        var cells = grid.Cells.Select(cell =>
        {
            var lines = LineGrouper.Group(wordsByCell.GetValueOrDefault(cell) ?? [], options.LineMergeTolerance);
            var paragraphs = CellParagraphs.Split(lines, options.ParagraphGapFactor);
            return new TableCell(
                cell.Row, cell.Column, paragraphs, cell.RowSpan, cell.ColumnSpan, cell.Box, cell.Confidence, shapesByCell.GetValueOrDefault(cell));
        });
        return new Table(cells.ToList(), grid.Box);
    }
}
