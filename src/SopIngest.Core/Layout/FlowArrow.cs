namespace SopIngest.Core.Layout;

/// <summary>
/// A connector of a swimlane drawn in a table: from the symbol in one cell to the symbol its arrowhead points at,
/// both given by the grid position (row, column) of the cell that holds the symbol. <paramref name="Label"/> is the
/// word written beside a decision's exit ("Ya", "Tidak") where one was read.
/// </summary>
public sealed record FlowArrow(int FromRow, int FromColumn, int ToRow, int ToColumn, string? Label = null);
