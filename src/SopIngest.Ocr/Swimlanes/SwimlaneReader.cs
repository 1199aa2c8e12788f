using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Ocr.Tables;

namespace SopIngest.Ocr.Swimlanes;

/// <summary>What the swimlane of one table holds: the symbols by cell (page pixels) and the arrows between cells.</summary>
internal sealed record PixelSwimlane(IReadOnlyDictionary<PixelCell, List<PixelShape>> ShapesByCell, IReadOnlyList<FlowArrow> Arrows)
{
    public static readonly PixelSwimlane Empty = new(new Dictionary<PixelCell, List<PixelShape>>(), []);
}

/// <summary>
/// Reads the flowchart drawn in a ruled table of a scan: symbols (<see cref="ShapeFinder"/>), connectors
/// (<see cref="ArrowTracer"/>), and the cell each symbol belongs to — the one holding most of it, so a symbol
/// overlapping a border still counts for one lane.
/// </summary>
internal static class SwimlaneReader
{
    public static PixelSwimlane Read(Mat binary, PixelGrid grid, int dpi)
    {
        using var ink = SwimlaneInk.Of(binary, grid, dpi);
        var found = ShapeFinder.Find(ink, dpi);
        if (found.Count == 0) return PixelSwimlane.Empty;
        var origin = ink.Area.TopLeft;
        var cells = found.Select(s => CellOf(grid, Offset(s.Box, origin))).ToList();
        var byCell = new Dictionary<PixelCell, List<PixelShape>>();
        for (var i = 0; i < found.Count; i++)
        {
            if (cells[i] is not { } cell) continue;
            if (!byCell.TryGetValue(cell, out var list)) byCell[cell] = list = [];
            list.Add(found[i] with { Box = Offset(found[i].Box, origin), Inside = Offset(found[i].Inside, origin) });
        }
        var arrows = ArrowTracer.Trace(ink, found, dpi)
            .Where(a => cells[a.From] is not null && cells[a.To] is not null && cells[a.From] != cells[a.To])
            .Select(a => new FlowArrow(cells[a.From]!.Row, cells[a.From]!.Column, cells[a.To]!.Row, cells[a.To]!.Column))
            .Distinct()
            .ToList();
        return new PixelSwimlane(byCell, arrows);
    }

    private static PixelCell? CellOf(PixelGrid grid, Rect box) =>
        grid.Cells.Select(c => (Cell: c, Overlap: (c.Box & box).Width * (c.Box & box).Height))
            .Where(c => c.Overlap > 0)
            .MaxBy(c => c.Overlap)
            .Cell;

    private static Rect Offset(Rect r, Point by) => new(r.X + by.X, r.Y + by.Y, r.Width, r.Height);
}
