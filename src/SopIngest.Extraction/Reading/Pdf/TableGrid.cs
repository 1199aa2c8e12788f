using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>A cell of a ruled grid before text is put in: where it is and how many grid rows/columns it covers.</summary>
internal sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, Box Box, double Confidence);

/// <summary>A ruled table found on a page: its outline and its cells (merged cells already joined).</summary>
internal sealed record TableGrid(Box Box, IReadOnlyList<GridCell> Cells)
{
    public bool Contains(Box word) =>
        word.CenterX >= Box.Left && word.CenterX <= Box.Right && word.CenterY >= Box.Top && word.CenterY <= Box.Bottom;

    /// <summary>The cell holding the word's centre; nearest cell as a fallback for centres sitting on a rule.</summary>
    public GridCell CellOf(Box word) =>
        Cells.FirstOrDefault(c => word.CenterX >= c.Box.Left && word.CenterX <= c.Box.Right
                                  && word.CenterY >= c.Box.Top && word.CenterY <= c.Box.Bottom)
        ?? Cells.MinBy(c => Math.Abs(c.Box.CenterX - word.CenterX) + Math.Abs(c.Box.CenterY - word.CenterY))!;
}
