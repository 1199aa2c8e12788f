using SopIngest.Core.Layout;
using SopIngest.Extraction.Reading.Grid;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>Turns a page's vector rules into table grids (the grid itself is <see cref="RulingGrid"/>'s).</summary>
internal static class TableGridBuilder
{
    // Less than half of a separator drawn means it is not there (a rule can stop a little short of a corner).
    private const double MinSeparatorCoverage = 0.5;

    public static IReadOnlyList<TableGrid> Build(IReadOnlyList<Ruling> rulings, double tolerance) =>
        RulingGroups.Find(rulings, tolerance)
            .Select(group => BuildGrid(group, tolerance))
            .OfType<TableGrid>()
            .ToList();

    private static TableGrid? BuildGrid(IReadOnlyList<Ruling> group, double tolerance)
    {
        var horizontal = group.Where(r => r.Horizontal).ToList();
        var vertical = group.Where(r => !r.Horizontal).ToList();
        if (horizontal.Count == 0 || vertical.Count == 0) return null;
        // The outermost ends of the crossing rules close the grid when an outer border itself is not drawn.
        var xs = RulingGrid.Cluster([.. vertical.Select(r => r.Position), horizontal.Min(r => r.Start), horizontal.Max(r => r.End)], tolerance);
        var ys = RulingGrid.Cluster([.. horizontal.Select(r => r.Position), vertical.Min(r => r.Start), vertical.Max(r => r.End)], tolerance);
        // One ruled box around text is a frame, not a table.
        if ((xs.Count - 1) * (ys.Count - 1) < 2) return null;
        var cells = MergeCells(new Grid(xs, ys, horizontal, vertical, tolerance));
        return new TableGrid(new Box(xs[0], ys[0], xs[^1], ys[^1]), cells);
    }

    private static List<GridCell> MergeCells(Grid grid) =>
        RulingGrid.MergeCells(grid.Rows, grid.Columns, grid.HasVerticalSeparator, grid.HasHorizontalSeparator)
            .Select(c => new GridCell(c.Row, c.Column, c.RowSpan, c.ColumnSpan, grid.BoxOf(c.Row, c.Column, c.RowSpan, c.ColumnSpan), c.Confidence))
            .ToList();

    private sealed record Grid(
        List<double> Xs, List<double> Ys, List<Ruling> Horizontal, List<Ruling> Vertical, double Tolerance)
    {
        public int Columns => Xs.Count - 1;
        public int Rows => Ys.Count - 1;

        public Box BoxOf(int row, int col, int rowSpan, int colSpan) =>
            new(Xs[col], Ys[row], Xs[col + colSpan], Ys[row + rowSpan]);

        /// <summary>Is the grid line at Xs[line] drawn between rows Ys[row] and Ys[row + 1]?</summary>
        public bool HasVerticalSeparator(int line, int row) => Covered(Vertical, Xs[line], Ys[row], Ys[row + 1]);

        public bool HasHorizontalSeparator(int line, int col) => Covered(Horizontal, Ys[line], Xs[col], Xs[col + 1]);

        private bool Covered(List<Ruling> rulings, double position, double from, double to) =>
            rulings.Where(r => Math.Abs(r.Position - position) <= Tolerance).Sum(r => r.Overlap(from, to))
                >= MinSeparatorCoverage * (to - from);
    }
}
