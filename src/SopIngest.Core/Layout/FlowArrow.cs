namespace SopIngest.Core.Layout;

/// <summary>
/// A connector of a swimlane drawn in a table: from the symbol in one cell to the symbol its arrowhead points at,
/// both given by the grid position (row, column) of the cell that holds the symbol.
/// </summary>
public sealed record FlowArrow(int FromRow, int FromColumn, int ToRow, int ToColumn);
