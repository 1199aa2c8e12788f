using SopIngest.Core.Layout;

namespace SopIngest.Web.Review.Overlays;

/// <summary>A table row of a page: its cells (with their region ids) and the shapes drawn in them.</summary>
internal sealed record RowRegions(int Page, int Block, int Row, IReadOnlyList<(string Id, TableCell Cell, ComparableText Text)> Cells, IReadOnlyList<string> Shapes)
{
    public IEnumerable<string> Ids => Cells.Select(c => c.Id).Concat(Shapes);
}

/// <summary>
/// A layout page as named regions: every table cell, text line and swimlane shape gets an id
/// (<c>p2-b0-r3-c1</c>, <c>p2-b1</c>, <c>p2-b0-r3-c2-s0</c>) the page's overlay and the field links share.
/// </summary>
internal static class LayoutRegions
{
    public static PageOverlay Overlay(LayoutPage page)
    {
        var regions = new List<OverlayRegion>();
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            switch (page.Blocks[b])
            {
                case TextLine { Box: { } box } line:
                    regions.Add(Region(LineId(page.Number, b), "line", box, line.Text));
                    break;
                case Table table:
                    foreach (var cell in table.Cells.Where(c => c.Box is not null))
                    {
                        var id = CellId(page.Number, b, cell);
                        regions.Add(Region(id, "cell", cell.Box!, cell.Text));
                        regions.AddRange((cell.Shapes ?? []).Select((s, k) =>
                            Region($"{id}-s{k}", "shape", s.Box, "", s.Kind.ToString().ToLowerInvariant())));
                    }
                    break;
            }
        }
        var words = Exports.SearchablePdf.LayoutWords.Recognised(page)
            .Select(w => new OverlayWord(w.Text, w.Box.Left, w.Box.Top, w.Box.Width, w.Box.Height, w.Confidence)).ToList();
        var arrows = page.Blocks.OfType<Table>().SelectMany(Arrows).ToList();
        return new PageOverlay(page.Number, page.ScanWidth, page.ScanHeight, regions, words, arrows, ScanMatrix(page));
    }

    /// <summary>The affine map from the page as read onto the scan, as SVG's matrix(a b c d e f); null for none.</summary>
    private static IReadOnlyList<double>? ScanMatrix(LayoutPage page)
    {
        if (page.Rotation == 0 && page.Skew == 0) return null;
        var (ex, ey) = page.ToScan(0, 0);
        var (ax, ay) = page.ToScan(1, 0);
        var (cx, cy) = page.ToScan(0, 1);
        return new[] { ax - ex, ay - ey, cx - ex, cy - ey, ex, ey }.Select(v => Math.Round(v, 9)).ToList();
    }

    /// <summary>A table's traced connectors, each from the symbol in its source cell to the one in its target cell.</summary>
    private static IEnumerable<OverlayArrow> Arrows(Table table)
    {
        // A connector joins symbols; a cell without one (a reader that saw the arrow but not the box) stands for it.
        var symbols = table.Cells.Where(c => c.Box is not null)
            .GroupBy(c => (c.Row, c.Column))
            .ToDictionary(g => g.Key, g => g.First().Shapes?.FirstOrDefault()?.Box ?? g.First().Box!);
        foreach (var arrow in table.Arrows ?? [])
        {
            if (!symbols.TryGetValue((arrow.FromRow, arrow.FromColumn), out var from) || !symbols.TryGetValue((arrow.ToRow, arrow.ToColumn), out var to))
                continue;
            var (x1, y1) = Edge(from, to.CenterX, to.CenterY);
            var (x2, y2) = Edge(to, from.CenterX, from.CenterY);
            yield return new OverlayArrow(Math.Round(x1, 2), Math.Round(y1, 2), Math.Round(x2, 2), Math.Round(y2, 2), arrow.Label);
        }
    }

    /// <summary>Where the line from the box's centre towards (x, y) leaves the box.</summary>
    private static (double X, double Y) Edge(Box box, double x, double y)
    {
        var (dx, dy) = (x - box.CenterX, y - box.CenterY);
        if (dx == 0 && dy == 0)
            return (box.CenterX, box.CenterY);
        var t = Math.Min(dx == 0 ? double.MaxValue : box.Width / 2 / Math.Abs(dx), dy == 0 ? double.MaxValue : box.Height / 2 / Math.Abs(dy));
        t = Math.Min(t, 1);
        return (box.CenterX + t * dx, box.CenterY + t * dy);
    }

    /// <summary>The rows of every table on the page, with the ids of their cells and shapes.</summary>
    public static IEnumerable<RowRegions> Rows(LayoutPage page)
    {
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            if (page.Blocks[b] is not Table table)
                continue;
            for (var r = 0; r < table.RowCount; r++)
            {
                var cells = table.Row(r).Where(c => c.Box is not null).Select(c => (CellId(page.Number, b, c), c, ComparableText.Of(c.Text))).ToList();
                var shapes = cells.SelectMany(c => (c.Item2.Shapes ?? []).Select((_, k) => $"{c.Item1}-s{k}")).ToList();
                if (cells.Count > 0)
                    yield return new RowRegions(page.Number, b, r, cells, shapes);
            }
        }
    }

    /// <summary>Every text region of the page (cells and lines) with its text.</summary>
    public static IEnumerable<(string Id, string Text)> Texts(LayoutPage page)
    {
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            switch (page.Blocks[b])
            {
                case TextLine { Box: not null } line:
                    yield return (LineId(page.Number, b), line.Text);
                    break;
                case Table table:
                    foreach (var cell in table.Cells.Where(c => c.Box is not null && !c.IsEmpty))
                        yield return (CellId(page.Number, b, cell), cell.Text);
                    break;
            }
        }
    }

    private static string LineId(int page, int block) => $"p{page}-b{block}";

    private static string CellId(int page, int block, TableCell cell) => $"p{page}-b{block}-r{cell.Row}-c{cell.Column}";

    private static OverlayRegion Region(string id, string kind, Box box, string text, string? shape = null) =>
        new(id, kind, Math.Round(box.Left, 2), Math.Round(box.Top, 2), Math.Round(box.Width, 2), Math.Round(box.Height, 2), text, shape);
}
