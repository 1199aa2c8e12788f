using System.Text.Json.Serialization;

namespace SopIngest.Core.Layout;

/// <summary>Something on a page in reading order: a line of text or a table.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TextLine), "line")]
[JsonDerivedType(typeof(Table), "table")]
public abstract record LayoutBlock(Box? Box);

/// <summary>A line of free text. <paramref name="Emphasis"/> marks bold or heading text.</summary>
public sealed record TextLine(string Text, Box? Box = null, bool Emphasis = false, IReadOnlyList<Word>? Words = null)
    : LayoutBlock(Box);

/// <summary>
/// A table as a grid of cells; spans say how far a merged cell reaches. <paramref name="Arrows"/> are the
/// swimlane's connectors between symbols in its cells (readers that cannot trace arrows leave it null).
/// </summary>
public sealed record Table(IReadOnlyList<TableCell> Cells, Box? Box = null, IReadOnlyList<FlowArrow>? Arrows = null) : LayoutBlock(Box)
{
    public int RowCount => Cells.Count == 0 ? 0 : Cells.Max(c => c.Row + c.RowSpan);
    public int ColumnCount => Cells.Count == 0 ? 0 : Cells.Max(c => c.Column + c.ColumnSpan);

    /// <summary>The cells that start in a row, left to right.</summary>
    public IReadOnlyList<TableCell> Row(int row) =>
        Cells.Where(c => c.Row == row).OrderBy(c => c.Column).ToList();
}
