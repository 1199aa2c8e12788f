using OpenCvSharp;
using SopIngest.Extraction.Reading.Grid;
using SopIngest.Ocr.Cleanup;

namespace SopIngest.Ocr.Tables;

/// <summary>A cell of a ruled table found on a scan, in pixels; spans count grid rows and columns.</summary>
internal sealed record PixelCell(int Row, int Column, int RowSpan, int ColumnSpan, Rect Box, double Confidence);

/// <summary>A ruled table found on a scan: its outline and its cells, merged cells joined.</summary>
internal sealed record PixelGrid(Rect Box, IReadOnlyList<PixelCell> Cells);

/// <summary>
/// Turns the rules of a scan into table grids. Swimlane SOPs draw boxes, diamonds and connector lines inside
/// the actor columns, and those are rules too; only the table's own lines may become grid lines:
/// a column line runs a good part of the table's height, and a row line runs from column line to column line
/// (a connector starts at a shape, not at a column line). Two neighbouring grid cells are one merged cell
/// when no rule separates them, as in the PDF reader's grid builder.
/// </summary>
internal static class CellGridFinder
{
    private const double MinColumnLineFraction = 0.4;
    private const double MinSeparatorCoverage = 0.5;
    private const double MinRowLineCoverage = 0.9;
    private const double MinRowLineFraction = 0.5;

    // The longest gap in a rule still bridged as a dropout, in tolerances (a tolerance is a fortieth of an inch).
    private const double MaxDropout = 4;

    public static IReadOnlyList<PixelGrid> Find(IReadOnlyList<PixelRuling> rulings, double tolerance) =>
        Groups(rulings, tolerance).Select(g => Build(g, tolerance)).OfType<PixelGrid>().ToList();

    /// <summary>Rules that touch or cross each other, transitively, belong to one table.</summary>
    private static IEnumerable<List<PixelRuling>> Groups(IReadOnlyList<PixelRuling> rulings, double tolerance)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < rulings.Count; i++)
            for (var j = i + 1; j < rulings.Count; j++)
                if (Touch(rulings[i], rulings[j], tolerance)) parent[Root(i)] = Root(j);
        return Enumerable.Range(0, rulings.Count).GroupBy(Root).Select(g => g.Select(i => rulings[i]).ToList());
    }

    private static bool Touch(PixelRuling a, PixelRuling b, double tolerance)
    {
        if (a.Horizontal == b.Horizontal)
            return Math.Abs(a.Position - b.Position) <= tolerance && a.Start <= b.End + tolerance && b.Start <= a.End + tolerance;
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.Position >= h.Start - tolerance && v.Position <= h.End + tolerance
               && h.Position >= v.Start - tolerance && h.Position <= v.End + tolerance;
    }

    private static PixelGrid? Build(List<PixelRuling> group, double tolerance)
    {
        var allVertical = group.Where(r => !r.Horizontal).ToList();
        if (allVertical.Count == 0 || !group.Any(r => r.Horizontal)) return null;
        var tallest = allVertical.Max(r => r.Length);
        var vertical = allVertical.Where(r => r.Length >= MinColumnLineFraction * tallest || SpansBetweenLongRows(r, group, tolerance)).ToList();
        var xs = RulingGrid.Cluster(vertical.Select(r => r.Position), tolerance);
        if (xs.Count < 2) return null;
        var horizontal = Joined(group.Where(r => r.Horizontal), tolerance)
            .Where(r => r.Length >= 0.5 * MinGap(xs) && IsRowLine(r, xs, tolerance)).ToList();
        var ys = RulingGrid.Cluster(horizontal.Select(r => r.Position).Concat([vertical.Min(r => r.Start), vertical.Max(r => r.End)]), tolerance);
        if (ys.Count < 2 || (xs.Count - 1) * (ys.Count - 1) < 2) return null;
        // Where a column line runs, every piece of rule on it counts as separating cells: a scan that lost most of a
        // line across one row leaves short stubs, too short to have placed the line, that still say it was drawn.
        var grid = new Grid(xs, ys, horizontal, allVertical, tolerance);
        var box = new Rect((int)xs[0], (int)ys[0], (int)(xs[^1] - xs[0]), (int)(ys[^1] - ys[0]));
        return new PixelGrid(box, MergeCells(grid));
    }

    /// <summary>
    /// Pieces of one rule a scan broke apart (dropouts a tenth of an inch or less, <see cref="MaxDropout"/> tolerances)
    /// joined again, so a row line in pieces is still judged as a row line. Box edges in neighbouring lanes, as far
    /// apart as the lanes' gaps, stay apart.
    /// </summary>
    private static IEnumerable<PixelRuling> Joined(IEnumerable<PixelRuling> horizontal, double tolerance)
    {
        PixelRuling? run = null;
        foreach (var r in horizontal.OrderBy(r => Math.Round(r.Position / tolerance)).ThenBy(r => r.Start))
        {
            if (run is not null && Math.Abs(r.Position - run.Position) <= tolerance && r.Start - run.End <= MaxDropout * tolerance)
            {
                run = run with { End = Math.Max(run.End, r.End), Thickness = Math.Max(run.Thickness, r.Thickness) };
                continue;
            }
            if (run is not null) yield return run;
            run = r;
        }
        if (run is not null) yield return run;
    }

    /// <summary>
    /// A row line runs from column line to column line. Its ends may fall short of them (a slanted or faint rule
    /// breaks off), but it still spans nearly all the way between them and does not run on past them; a box drawn
    /// in a narrow lane also ends near the lane's lines, yet spans only part of the lane.
    /// </summary>
    private static bool IsRowLine(PixelRuling r, List<double> xs, double tolerance)
    {
        var slack = Math.Max(tolerance * 2, (xs[^1] - xs[0]) * 0.01);
        double? Nearest(double x) => xs.Where(c => Math.Abs(c - x) <= slack).Cast<double?>().MinBy(c => Math.Abs(c!.Value - x));
        var (left, right) = (r.Start <= xs[0] + slack ? xs[0] : Nearest(r.Start), r.End >= xs[^1] - slack ? xs[^1] : Nearest(r.End));
        if (left is null || right is null) return false;
        // Short of a column line is a break; past one by more than a rule's width is a connector crossing into the next lane.
        var overshoot = tolerance * 2;
        if (r.Start < left - overshoot || r.End > right + overshoot) return false;
        return right <= left || r.Length >= MinRowLineCoverage * (right.Value - left.Value);
    }

    /// <summary>
    /// A short column line of a table stacked on another (the identity block's key|value line above the
    /// sections) runs from one long row line to another; a connector runs between the short edges of shapes.
    /// </summary>
    private static bool SpansBetweenLongRows(PixelRuling vertical, List<PixelRuling> group, double tolerance)
    {
        var width = group.Where(r => r.Horizontal).Max(r => r.End) - group.Where(r => r.Horizontal).Min(r => r.Start);
        bool LongRowAt(double y) => group.Any(h => h.Horizontal && h.Length >= MinRowLineFraction * width
            && Math.Abs(h.Position - y) <= tolerance * 2 && vertical.Position >= h.Start - tolerance && vertical.Position <= h.End + tolerance);
        return LongRowAt(vertical.Start) && LongRowAt(vertical.End);
    }

    private static double MinGap(List<double> xs) => xs.Zip(xs.Skip(1), (a, b) => b - a).DefaultIfEmpty(0).Min();

    private static List<PixelCell> MergeCells(Grid grid) =>
        RulingGrid.MergeCells(grid.Rows, grid.Columns, grid.HasVerticalSeparator, grid.HasHorizontalSeparator)
            .Select(c => new PixelCell(c.Row, c.Column, c.RowSpan, c.ColumnSpan, grid.BoxOf(c.Row, c.Column, c.RowSpan, c.ColumnSpan), c.Confidence))
            .ToList();

    private sealed record Grid(List<double> Xs, List<double> Ys, List<PixelRuling> Horizontal, List<PixelRuling> Vertical, double Tolerance)
    {
        public int Columns => Xs.Count - 1;
        public int Rows => Ys.Count - 1;

        public Rect BoxOf(int row, int col, int rowSpan, int colSpan) =>
            Rect.FromLTRB((int)Xs[col], (int)Ys[row], (int)Xs[col + colSpan], (int)Ys[row + rowSpan]);

        public bool HasVerticalSeparator(int line, int row) => Covered(Vertical, Xs[line], Ys[row], Ys[row + 1]);

        public bool HasHorizontalSeparator(int line, int col) => Covered(Horizontal, Ys[line], Xs[col], Xs[col + 1]);

        private bool Covered(List<PixelRuling> rulings, double position, double from, double to) =>
            rulings.Where(r => Math.Abs(r.Position - position) <= Tolerance).Sum(r => r.Overlap(from, to))
                >= MinSeparatorCoverage * (to - from);
    }
}
