namespace SopIngest.Core.Layout;

/// <summary>
/// One cell of a table. <paramref name="Paragraphs"/> keeps the cell's paragraphs and list items apart
/// (markers still on), so the record builder can tell lists from running text. <paramref name="Shapes"/> holds
/// the flowchart symbols drawn in the cell (readers that cannot see drawings leave it null); <paramref name="Words"/>
/// the recognised words with their boxes and confidences, where a reader has them (OCR).
/// </summary>
public sealed record TableCell(
    int Row,
    int Column,
    IReadOnlyList<string> Paragraphs,
    int RowSpan = 1,
    int ColumnSpan = 1,
    Box? Box = null,
    double Confidence = 1,
    IReadOnlyList<CellShape>? Shapes = null,
    IReadOnlyList<Word>? Words = null)
{
    public string Text => string.Join(" ", Paragraphs).Trim();

    public bool IsEmpty => Paragraphs.All(string.IsNullOrWhiteSpace);
}
