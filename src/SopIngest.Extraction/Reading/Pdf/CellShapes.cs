using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// Puts a page's flowchart symbols into the cells of a ruled table. A symbol straddling a rule belongs to the
/// cell holding most of it; a box whose four sides lie on the grid's lines is a ruled cell, not a symbol.
/// </summary>
internal static class CellShapes
{
    public static IReadOnlyDictionary<GridCell, List<CellShape>> Assign(TableGrid grid, IReadOnlyList<CellShape> shapes, double tolerance)
    {
        var xs = grid.Cells.SelectMany(c => new[] { c.Box.Left, c.Box.Right }).Distinct().ToList();
        var ys = grid.Cells.SelectMany(c => new[] { c.Box.Top, c.Box.Bottom }).Distinct().ToList();
        bool OnGrid(Box b) => Near(xs, b.Left, tolerance) && Near(xs, b.Right, tolerance)
                              && Near(ys, b.Top, tolerance) && Near(ys, b.Bottom, tolerance);

        var byCell = new Dictionary<GridCell, List<CellShape>>();
        foreach (var shape in shapes)
        {
            var box = shape.Box;
            if (!grid.Contains(box) || shape.Kind == CellShapeKind.Process && OnGrid(box)) continue;
            var cell = grid.Cells.MaxBy(c => Overlap(c.Box, box));
            if (cell is null || Overlap(cell.Box, box) <= 0) continue;
            if (!byCell.TryGetValue(cell, out var list)) byCell[cell] = list = [];
            list.Add(shape);
        }
        return byCell;
    }

    private static bool Near(List<double> lines, double value, double tolerance) => lines.Any(l => Math.Abs(l - value) <= tolerance);

    private static double Overlap(Box a, Box b) =>
        Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left))
        * Math.Max(0, Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top));
}
