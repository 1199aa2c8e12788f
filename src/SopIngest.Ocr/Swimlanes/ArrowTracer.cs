using OpenCvSharp;

namespace SopIngest.Ocr.Swimlanes;

/// <summary>
/// A connector traced between two symbols: indexes into the shapes it was traced among, and where it leaves
/// the first (table-local pixels), which is where its label ("Ya", "Tidak") is written.
/// </summary>
internal sealed record PixelArrow(int From, int To, Point Exit);

/// <summary>
/// Traces the connectors of a swimlane. With the symbols' outlines masked, every connector is a run of ink that
/// touches symbols only at its ends; the end that carries the filled arrowhead (the thickest ink near the touch)
/// is where it points. Connectors that share a stretch — two back-edges entering a box at the same point — form
/// one run with one head and several tails: each tail is an arrow to the head. Connectors that cross stay two runs
/// (<see cref="ConnectorCrossings"/>).
/// </summary>
internal static class ArrowTracer
{
    // A run with less ink than this many inches of line is a speck or a letter, not a connector.
    private const double MinRunLength = 0.12;

    // The longest break in a connector that is bridged, in inches.
    private const double MaxBreak = 0.06;

    // An arrowhead is at least this many times thicker than the line it ends.
    private const double HeadRatio = 1.5;

    public static IReadOnlyList<PixelArrow> Trace(SwimlaneInk ink, IReadOnlyList<PixelShape> shapes, int dpi)
    {
        if (shapes.Count < 2) return [];
        // About a stroke and a half: the outline goes, a line running past a symbol in the gutter stays clear of it.
        var outline = Math.Max(3, dpi / 45);
        using var runs = ink.Ink.Clone();
        foreach (var shape in shapes) Cv2.Rectangle(runs, Rect.Inflate(shape.Inside, outline, outline), Scalar.All(0), -1);
        // Runs are joined across small breaks (scans drop bits of thin lines); thickness is read from the ink as it is,
        // since the joining also merges lines running side by side into something as thick as a head.
        using var joined = SwimlaneInk.Bridge(runs, Math.Max(3, (int)(MaxBreak * dpi)));
        using var thickness = new Mat();
        Cv2.DistanceTransform(runs, thickness, DistanceTypes.L2, DistanceTransformMasks.Mask3);
        // Two connectors that cross would be one run with two heads, from which no arrow can be told.
        using var labels = ConnectorCrossings.Runs(joined, ConnectorCrossings.Find(joined, dpi), out var areas);
        var minInk = MinRunLength * dpi;
        var touches = Touches(labels, thickness, shapes, outline, dpi);
        var arrows = new List<PixelArrow>();
        for (var run = 1; run < areas.Length; run++)
        {
            if (areas[run] < minInk || !touches.TryGetValue(run, out var ends) || ends.Count < 2) continue;
            var head = ends.MaxBy(e => e.Thickness)!;
            var others = ends.Where(e => e != head).ToList();
            if (head.Thickness < HeadRatio * others.Max(e => e.Thickness)) continue;
            arrows.AddRange(others.Select(e => new PixelArrow(e.Shape, head.Shape, e.At)));
        }
        return arrows.Distinct().ToList();
    }

    private sealed record Touch(int Shape, float Thickness, Point At);

    /// <summary>
    /// For each run, the symbols it touches and how thick the run gets near the touch (the largest distance from
    /// its ink to the background): a filled arrowhead is several times a line's half-width, and lines that merely
    /// pass close by add nothing, as ink counts would. The window is an arrowhead long, outside the symbol's outline.
    /// </summary>
    private static Dictionary<int, List<Touch>> Touches(Mat labels, Mat thickness, IReadOnlyList<PixelShape> shapes, int outline, int dpi)
    {
        var reach = Math.Max(4, dpi / 12);
        var bounds = new Rect(0, 0, labels.Width, labels.Height);
        // Pixels are read through spans over the two images: Mat.At goes through native code on every call.
        var runOf = labels.AsSpan<int>();
        var thicknessOf = thickness.AsSpan<float>();
        var stride = labels.Width;
        var byRun = new Dictionary<int, List<Touch>>();
        for (var s = 0; s < shapes.Count; s++)
        {
            var inner = Rect.Inflate(shapes[s].Inside, outline, outline);
            var window = Rect.Inflate(inner, reach, reach) & bounds;
            var thickest = new Dictionary<int, float>();
            var contact = new Dictionary<int, (long X, long Y, int N)>();
            var edge = Rect.Inflate(inner, 1, 1) & bounds;
            for (var y = window.Top; y < window.Bottom; y++)
                for (var x = window.Left; x < window.Right; x++)
                {
                    var run = runOf[y * stride + x];
                    if (run == 0) continue;
                    thickest[run] = Math.Max(thickest.GetValueOrDefault(run), thicknessOf[y * stride + x]);
                    if (!edge.Contains(x, y)) continue;
                    var (sx, sy, n) = contact.GetValueOrDefault(run);
                    contact[run] = (sx + x, sy + y, n + 1);
                }
            foreach (var (run, (sx, sy, n)) in contact)
            {
                if (!byRun.TryGetValue(run, out var list)) byRun[run] = list = [];
                list.Add(new Touch(s, thickest[run], new Point((int)(sx / n), (int)(sy / n))));
            }
        }
        return byRun;
    }

}
