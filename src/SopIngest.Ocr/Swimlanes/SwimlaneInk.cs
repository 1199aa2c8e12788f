using OpenCvSharp;
using SopIngest.Ocr.Tables;

namespace SopIngest.Ocr.Swimlanes;

/// <summary>
/// The ink of one ruled table (255 on 0, in table-local pixels) with the grid's own lines taken out, so that the
/// symbols and connectors of a swimlane stand alone. Taking a grid line out also cuts whatever crossed it — a
/// connector running into the next row, a symbol overlapping a border — so the cuts are closed again: a closing
/// as wide as the erased band joins ink that faces itself across it, and nothing else.
/// </summary>
internal sealed class SwimlaneInk : IDisposable
{
    private SwimlaneInk(Mat ink, Rect area, IReadOnlyList<int> columnLines, IReadOnlyList<int> rowLines)
    {
        Ink = ink;
        Area = area;
        ColumnLines = columnLines;
        RowLines = rowLines;
    }

    /// <summary>Ink pixels 255, background 0; pixel (0,0) is <see cref="Area"/>'s top-left on the page.</summary>
    public Mat Ink { get; }

    public Rect Area { get; }

    /// <summary>The grid's column and row lines, in table-local pixels.</summary>
    public IReadOnlyList<int> ColumnLines { get; }

    public IReadOnlyList<int> RowLines { get; }

    public static SwimlaneInk Of(Mat binary, PixelGrid grid, int dpi)
    {
        var area = grid.Box & new Rect(0, 0, binary.Width, binary.Height);
        var ink = new Mat();
        using (var region = binary[area]) Cv2.BitwiseNot(region, ink);
        var xs = Lines(grid.Cells.SelectMany(c => new[] { c.Box.Left, c.Box.Right }), area.X);
        var ys = Lines(grid.Cells.SelectMany(c => new[] { c.Box.Top, c.Box.Bottom }), area.Y);
        var band = Math.Max(2, dpi / 60);
        using var erased = new Mat(ink.Size(), MatType.CV_8UC1, Scalar.All(0));
        foreach (var x in xs) Cv2.Rectangle(erased, new Rect(x - band, 0, 2 * band + 1, ink.Height), Scalar.All(255), -1);
        foreach (var y in ys) Cv2.Rectangle(erased, new Rect(0, y - band, ink.Width, 2 * band + 1), Scalar.All(255), -1);
        ink.SetTo(Scalar.All(0), erased);
        // Only the erased bands get ink back: elsewhere a closing would glue labels to the lines beside them.
        using var closed = Bridge(ink, 2 * band + 3);
        using var restored = new Mat();
        Cv2.BitwiseAnd(closed, erased, restored);
        Cv2.BitwiseOr(ink, restored, ink);
        return new SwimlaneInk(ink, area, xs, ys);
    }

    /// <summary>The ink with gaps up to <paramref name="length"/> along either axis closed (a new image).</summary>
    public static Mat Bridge(Mat ink, int length)
    {
        using var across = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(length, 1));
        using var down = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(1, length));
        using var horizontal = ink.MorphologyEx(MorphTypes.Close, across);
        var bridged = ink.MorphologyEx(MorphTypes.Close, down);
        Cv2.BitwiseOr(bridged, horizontal, bridged);
        return bridged;
    }

    /// <summary>The row line index just above <paramref name="y"/> (table-local), i.e. the grid row it falls in.</summary>
    public int RowAt(double y) => Math.Max(0, RowLines.Count(line => line <= y) - 1);

    private static List<int> Lines(IEnumerable<int> edges, int origin) =>
        edges.Select(e => e - origin).Distinct().Order().ToList();

    public void Dispose() => Ink.Dispose();
}
