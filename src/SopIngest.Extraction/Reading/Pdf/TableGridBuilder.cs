using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// Turns a page's rules into table grids: the distinct x's of vertical rules and y's of horizontal rules give
/// the grid lines, and two neighbouring grid cells are one merged cell when no rule separates them — that is
/// how "Pelaksana" comes to span its actor columns and "No" its two header rows.
/// </summary>
internal static class TableGridBuilder
{
    // Less than half of a separator drawn means it is not there (a rule can stop a little short of a corner).
    private const double MinSeparatorCoverage = 0.5;

    // A cell whose merge pattern is not a rectangle cannot be represented exactly; its pieces are kept with this.
    private const double IrregularMergeConfidence = 0.5;

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
        var xs = Cluster([.. vertical.Select(r => r.Position), horizontal.Min(r => r.Start), horizontal.Max(r => r.End)], tolerance);
        var ys = Cluster([.. horizontal.Select(r => r.Position), vertical.Min(r => r.Start), vertical.Max(r => r.End)], tolerance);
        // One ruled box around text is a frame, not a table.
        if ((xs.Count - 1) * (ys.Count - 1) < 2) return null;
        var cells = MergeCells(new Grid(xs, ys, horizontal, vertical, tolerance));
        return new TableGrid(new Box(xs[0], ys[0], xs[^1], ys[^1]), cells);
    }

    private static List<double> Cluster(IEnumerable<double> values, double tolerance)
    {
        var clusters = new List<List<double>>();
        foreach (var v in values.Order())
        {
            if (clusters.Count > 0 && v - clusters[^1][^1] <= tolerance) clusters[^1].Add(v);
            else clusters.Add([v]);
        }
        return clusters.Select(c => c.Average()).ToList();
    }

    private static List<GridCell> MergeCells(Grid grid)
    {
        var parent = Enumerable.Range(0, grid.Rows * grid.Columns).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var r = 0; r < grid.Rows; r++)
            for (var c = 0; c < grid.Columns; c++)
            {
                var here = r * grid.Columns + c;
                if (c + 1 < grid.Columns && !grid.HasVerticalSeparator(c + 1, r)) parent[Root(here)] = Root(here + 1);
                if (r + 1 < grid.Rows && !grid.HasHorizontalSeparator(r + 1, c)) parent[Root(here)] = Root(here + grid.Columns);
            }
        return Enumerable.Range(0, parent.Length)
            .GroupBy(Root)
            .SelectMany(g => ToCells(grid, g.Select(i => (Row: i / grid.Columns, Col: i % grid.Columns)).ToList()))
            .OrderBy(c => c.Row).ThenBy(c => c.Column)
            .ToList();
    }

    private static IEnumerable<GridCell> ToCells(Grid grid, List<(int Row, int Col)> members)
    {
        int top = members.Min(m => m.Row), left = members.Min(m => m.Col);
        int rowSpan = members.Max(m => m.Row) - top + 1, colSpan = members.Max(m => m.Col) - left + 1;
        if (members.Count == rowSpan * colSpan)
            return [new GridCell(top, left, rowSpan, colSpan, grid.BoxOf(top, left, rowSpan, colSpan), 1)];
        // An L-shaped region means a rule is missing or broken; keep the grid cells apart but say we are unsure.
        return members.Select(m => new GridCell(m.Row, m.Col, 1, 1, grid.BoxOf(m.Row, m.Col, 1, 1), IrregularMergeConfidence));
    }

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
