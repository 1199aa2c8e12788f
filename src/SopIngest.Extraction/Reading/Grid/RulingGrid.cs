namespace SopIngest.Extraction.Reading.Grid;

/// <summary>A cell of a ruled grid, in grid units: where it starts, how far it spans, how sure the merge is.</summary>
internal readonly record struct GridSpan(int Row, int Column, int RowSpan, int ColumnSpan, double Confidence);

/// <summary>
/// The grid algorithm both table readers share (PDF vector rules, rules found in a scan): rule positions are
/// clustered into grid lines, and two neighbouring grid cells are one merged cell when no rule separates them —
/// that is how "Pelaksana" comes to span its actor columns and "No" its two header rows.
/// </summary>
internal static class RulingGrid
{
    // A cell whose merge pattern is not a rectangle cannot be represented exactly; its pieces are kept with this.
    private const double IrregularMergeConfidence = 0.5;

    /// <summary>Positions closer than <paramref name="tolerance"/> to their neighbour are one grid line.</summary>
    public static List<double> Cluster(IEnumerable<double> values, double tolerance)
    {
        var clusters = new List<List<double>>();
        foreach (var v in values.Order())
        {
            if (clusters.Count > 0 && v - clusters[^1][^1] <= tolerance) clusters[^1].Add(v);
            else clusters.Add([v]);
        }
        return clusters.Select(c => c.Average()).ToList();
    }

    /// <param name="hasVerticalSeparator">Is vertical grid line <c>line</c> drawn beside row <c>row</c>?</param>
    /// <param name="hasHorizontalSeparator">Is horizontal grid line <c>line</c> drawn above column <c>col</c>?</param>
    public static List<GridSpan> MergeCells(int rows, int columns, Func<int, int, bool> hasVerticalSeparator, Func<int, int, bool> hasHorizontalSeparator)
    {
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
            {
                var here = r * columns + c;
                if (c + 1 < columns && !hasVerticalSeparator(c + 1, r)) parent[Root(here)] = Root(here + 1);
                if (r + 1 < rows && !hasHorizontalSeparator(r + 1, c)) parent[Root(here)] = Root(here + columns);
            }
        return Enumerable.Range(0, parent.Length)
            .GroupBy(Root)
            .SelectMany(g => Spans(g.Select(i => (Row: i / columns, Col: i % columns)).ToList()))
            .OrderBy(c => c.Row).ThenBy(c => c.Column)
            .ToList();
    }

    private static IEnumerable<GridSpan> Spans(List<(int Row, int Col)> members)
    {
        int top = members.Min(m => m.Row), left = members.Min(m => m.Col);
        int rowSpan = members.Max(m => m.Row) - top + 1, colSpan = members.Max(m => m.Col) - left + 1;
        if (members.Count == rowSpan * colSpan)
            return [new GridSpan(top, left, rowSpan, colSpan, 1)];
        // An L-shaped region means a rule is missing or broken; keep the grid cells apart but say we are unsure.
        return members.Select(m => new GridSpan(m.Row, m.Col, 1, 1, IrregularMergeConfidence));
    }
}
