using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Ocr.Tables;

namespace SopIngest.Ocr.Swimlanes;

/// <summary>An arrow between cells, where it leaves its symbol (page pixels), and whether that symbol is a decision.</summary>
internal sealed record TracedArrow(FlowArrow Arrow, Point Exit, bool FromDecision);

/// <summary>What the swimlane of one table holds: the symbols by cell (page pixels) and the arrows between cells.</summary>
internal sealed record PixelSwimlane(IReadOnlyDictionary<PixelCell, List<PixelShape>> ShapesByCell, IReadOnlyList<TracedArrow> Arrows)
{
    public static readonly PixelSwimlane Empty = new(new Dictionary<PixelCell, List<PixelShape>>(), []);
}

/// <summary>
/// Reads the flowchart drawn in a ruled table of a scan: symbols (<see cref="ShapeFinder"/>), connectors
/// (<see cref="ArrowTracer"/>), and the cell each symbol belongs to — the one holding most of it, so a symbol
/// overlapping a border still counts for one lane. The drawing is then taken out of the image text is read from,
/// so the words in the lanes (a decision's "Ya", "Tidak") are read without strokes run into them.
/// </summary>
internal static class SwimlaneReader
{
    // Straight strokes at least this long (inches) in the lanes are connectors, not letters.
    private const double MinStroke = 0.1;

    // No, Kegiatan, one lane at least, Kelengkapan, Waktu, Output: fewer columns is an identity block or a list.
    private const int MinProcedureColumns = 6;

    public static PixelSwimlane Read(Mat binary, Mat textOnly, PixelGrid grid, int dpi)
    {
        if (grid.Cells.Max(c => c.Column + c.ColumnSpan) < MinProcedureColumns) return PixelSwimlane.Empty;
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
            .Select(a => new TracedArrow(
                new FlowArrow(cells[a.From]!.Row, cells[a.From]!.Column, cells[a.To]!.Row, cells[a.To]!.Column),
                new Point(a.Exit.X + origin.X, a.Exit.Y + origin.Y),
                found[a.From].Kind == CellShapeKind.Decision))
            .DistinctBy(a => a.Arrow)
            .ToList();
        EraseDrawing(textOnly, ink, Connected(byCell, arrows), dpi);
        return new PixelSwimlane(byCell, arrows);
    }

    /// <summary>The cells whose symbols an arrow joins: the flowchart proper, without look-alikes in header text.</summary>
    private static Dictionary<PixelCell, List<PixelShape>> Connected(Dictionary<PixelCell, List<PixelShape>> byCell, List<TracedArrow> arrows)
    {
        var ends = arrows.SelectMany(a => new[] { (a.Arrow.FromRow, a.Arrow.FromColumn), (a.Arrow.ToRow, a.Arrow.ToColumn) }).ToHashSet();
        return byCell.Where(c => ends.Contains((c.Key.Row, c.Key.Column))).ToDictionary();
    }

    /// <summary>
    /// Whitens the symbols and the straight strokes of the lanes in the text image: the columns and rows the
    /// flowchart spans, so header and activity text stay as they are.
    /// </summary>
    private static void EraseDrawing(Mat textOnly, SwimlaneInk ink, Dictionary<PixelCell, List<PixelShape>> byCell, int dpi)
    {
        if (byCell.Count == 0) return;
        var span = byCell.Keys.Select(c => c.Box).Aggregate((a, b) => a | b);
        var lanes = new Rect(span.X - ink.Area.X, span.Y - ink.Area.Y, span.Width, span.Height) & new Rect(0, 0, ink.Ink.Width, ink.Ink.Height);
        using var laneInk = ink.Ink[lanes];
        var length = Math.Max(5, (int)(MinStroke * dpi));
        using var across = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(length, 1));
        using var down = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(1, length));
        using var strokes = laneInk.MorphologyEx(MorphTypes.Open, across);
        using (var vertical = laneInk.MorphologyEx(MorphTypes.Open, down)) Cv2.BitwiseOr(strokes, vertical, strokes);
        using (var grown = strokes.Dilate(null, iterations: 1)) grown.CopyTo(strokes);
        var page = new Rect(lanes.X + ink.Area.X, lanes.Y + ink.Area.Y, lanes.Width, lanes.Height);
        using (var text = textOnly[page]) text.SetTo(Scalar.All(255), strokes);
        foreach (var shape in byCell.Values.SelectMany(s => s))
            textOnly.Rectangle(shape.Box & new Rect(0, 0, textOnly.Width, textOnly.Height), Scalar.All(255), -1);
    }

    private static PixelCell? CellOf(PixelGrid grid, Rect box) =>
        grid.Cells.Select(c => (Cell: c, Overlap: (c.Box & box).Width * (c.Box & box).Height))
            .Where(c => c.Overlap > 0)
            .MaxBy(c => c.Overlap)
            .Cell;

    private static Rect Offset(Rect r, Point by) => new(r.X + by.X, r.Y + by.Y, r.Width, r.Height);
}
