using OpenCvSharp;
using SopIngest.Core.Layout;

namespace SopIngest.Ocr.Swimlanes;

/// <summary>A flowchart symbol found on a scan: its kind, its outline's box and its inside, in table-local pixels.</summary>
internal sealed record PixelShape(CellShapeKind Kind, Rect Box, Rect Inside);

/// <summary>
/// Finds swimlane symbols as the closed outlines they are: with the grid lines out of the way, the inside of a box,
/// diamond or capsule is a patch of background that no path connects to the rest of the table. Letters enclose
/// patches too, but small ones; connectors that loop back enclose patches that are neither convex nor within one row.
/// The patch's outline says the kind: a diamond fills half its bounding box, a box fills it to the corners, a
/// capsule leaves the corners empty, and a small round patch is an on-page connector.
/// </summary>
internal static class ShapeFinder
{
    // Sizes in inches: SOP AP symbols are drawn small, with the step's text in the activity column.
    private const double MinInside = 0.11;
    private const double MaxInsideHeight = 0.6;
    private const double MaxConnector = 0.22;
    private const double MinSolidity = 0.88;

    // A capsule is at least this much wider than high; a patch several times the table's typical symbol is no symbol.
    private const double MinCapsuleAspect = 1.3;
    private const double MaxAreaOverMedian = 3;

    // Share of a symbol's inside another patch's box may take in before that patch counts as wrapped around it.
    private const double MinWrappedShare = 0.15;

    // Breaks in an outline bridged in the first pass (speckle-sized) and the second (dropouts along thin strokes).
    private const double SmallBreak = 0.02;
    private const double MaxBreak = 0.12;

    // Share of a patch's height that must lie in one grid row.
    private const double OneRow = 0.75;

    public static IReadOnlyList<PixelShape> Find(SwimlaneInk ink, int dpi)
    {
        // Whole outlines first, read from the shape of their inside; then outlines with breaks, whose inside only
        // a wider closing seals and deforms, read from their ink.
        var found = new List<(PixelShape Shape, Mat Patch)>();
        try
        {
            foreach (var (box, patch) in Insides(ink, dpi, SmallBreak))
                if (ByInside(patch, box, dpi) is { } kind) found.Add((Shape(kind, box, dpi), patch));
                else patch.Dispose();
            var bridge = Math.Max(5, (int)(MaxBreak * dpi));
            foreach (var (box, patch) in Insides(ink, dpi, MaxBreak))
                if (!found.Any(f => (f.Shape.Inside & box).Width > 0) && ByOutline(ink.Ink, box, bridge / 2) is { } kind)
                    found.Add((new PixelShape(kind, Rect.Inflate(box, bridge / 2, bridge / 2), box), patch));
                else patch.Dispose();
            // A round patch too big for an on-page connector is no symbol: a terminator is a capsule, clearly wider than high.
            var symbols = found.Where(f => f.Shape.Kind != CellShapeKind.Terminator || f.Shape.Inside.Width >= MinCapsuleAspect * f.Shape.Inside.Height);
            return WithoutLoops(WithoutWrappers(symbols.ToList()));
        }
        finally
        {
            foreach (var (_, patch) in found) patch.Dispose();
        }
    }

    /// <summary>
    /// Connectors that loop back from a decision can close a patch of background around a corner of a symbol: the
    /// two patches then share a stretch of outline, and each one's box takes in part of the other's inside, which
    /// never happens between symbols, drawn apart. Of two such patches the symbol is the one shaped like its kind
    /// (a diamond, a capsule, a box); the other, a box with a corner cut off by the symbol, fits no kind as well.
    /// </summary>
    private static List<PixelShape> WithoutWrappers(List<(PixelShape Shape, Mat Patch)> found)
    {
        double ShareWithin(int of, int within)
        {
            var (shape, patch) = found[of];
            var overlap = shape.Inside & found[within].Shape.Inside;
            if (overlap.Width <= 0 || overlap.Height <= 0) return 0;
            using var part = patch[overlap - shape.Inside.TopLeft];
            return Cv2.CountNonZero(part) / (double)Math.Max(1, Cv2.CountNonZero(patch));
        }
        var fits = found.Select(f => KindFit(f.Shape.Kind, f.Patch)).ToList();
        bool Loses(int i, int j) => i != j && Math.Max(ShareWithin(i, j), ShareWithin(j, i)) >= MinWrappedShare && fits[i] < fits[j];
        return found.Where((_, i) => !Enumerable.Range(0, found.Count).Any(j => Loses(i, j))).Select(f => f.Shape).ToList();
    }

    /// <summary>How well a patch matches the ideal outline of its kind drawn in its box: intersection over union.</summary>
    private static double KindFit(CellShapeKind kind, Mat patch)
    {
        int w = patch.Width, h = patch.Height;
        using var ideal = new Mat(patch.Size(), MatType.CV_8UC1, Scalar.All(0));
        switch (kind)
        {
            case CellShapeKind.Decision:
                Cv2.FillConvexPoly(ideal, [new Point(w / 2, 0), new Point(w - 1, h / 2), new Point(w / 2, h - 1), new Point(0, h / 2)], Scalar.All(255));
                break;
            case CellShapeKind.Terminator:
                var r = Math.Min(h / 2, w / 2);
                Cv2.Rectangle(ideal, new Rect(r, 0, Math.Max(1, w - 2 * r), h), Scalar.All(255), -1);
                Cv2.Circle(ideal, new Point(r, h / 2), r, Scalar.All(255), -1);
                Cv2.Circle(ideal, new Point(w - 1 - r, h / 2), r, Scalar.All(255), -1);
                break;
            case CellShapeKind.Connector:
                Cv2.Ellipse(ideal, new Point(w / 2, h / 2), new Size(w / 2, h / 2), 0, 0, 360, Scalar.All(255), -1);
                break;
            default:
                ideal.SetTo(Scalar.All(255));
                break;
        }
        using var both = new Mat();
        using var either = new Mat();
        Cv2.BitwiseAnd(ideal, patch, both);
        Cv2.BitwiseOr(ideal, patch, either);
        return Cv2.CountNonZero(both) / (double)Math.Max(1, Cv2.CountNonZero(either));
    }

    /// <summary>
    /// Connectors can also close a patch of background that wraps no symbol. Symbols of one table are drawn from one
    /// template, so such a patch stands out by its size: several symbols' area.
    /// </summary>
    private static List<PixelShape> WithoutLoops(List<PixelShape> shapes)
    {
        if (shapes.Count < 3) return shapes;
        var areas = shapes.Select(s => (double)s.Inside.Width * s.Inside.Height).Order().ToList();
        var median = areas[areas.Count / 2];
        return shapes.Where(s => s.Inside.Width * (double)s.Inside.Height <= MaxAreaOverMedian * median).ToList();
    }

    private static PixelShape Shape(CellShapeKind kind, Rect inside, int dpi)
    {
        var stroke = Math.Max(2, dpi / 50);
        return new PixelShape(kind, Rect.Inflate(inside, stroke, stroke), inside);
    }

    /// <summary>The patches of background that nothing connects to the rest of the table, after closing breaks up to <paramref name="maxBreak"/> inches.</summary>
    private static IEnumerable<(Rect Box, Mat Patch)> Insides(SwimlaneInk ink, int dpi, double maxBreak)
    {
        using var background = SwimlaneInk.Bridge(ink.Ink, Math.Max(3, (int)(maxBreak * dpi)));
        Cv2.BitwiseNot(background, background);
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(background, labels, stats, centroids, PixelConnectivity.Connectivity4);
        for (var i = 1; i < count; i++)
        {
            var box = new Rect(stats.At<int>(i, 0), stats.At<int>(i, 1), stats.At<int>(i, 2), stats.At<int>(i, 3));
            if (!Plausible(box, ink, dpi)) continue;
            var patch = new Mat();
            using (var roi = labels[box]) Cv2.Compare(roi, new Scalar(i), patch, CmpTypes.EQ);
            yield return (box, patch);
        }
    }

    /// <summary>
    /// A symbol whose inside a wide closing had to seal, from the ink around that inside (grown back by
    /// <paramref name="grow"/>): a diamond's ink near the top spans little of its width; a box has ink in its
    /// corners, a capsule none.
    /// </summary>
    private static CellShapeKind? ByOutline(Mat ink, Rect inside, int grow)
    {
        var area = Rect.Inflate(inside, grow, grow) & new Rect(0, 0, ink.Width, ink.Height);
        using var region = ink[area];
        var strip = Math.Max(2, area.Height / 4);
        if (InkExtent(region, new Rect(0, 0, area.Width, strip)) < 0.65 * area.Width
            || InkExtent(region, new Rect(0, area.Height - strip, area.Width, strip)) < 0.65 * area.Width)
            return CellShapeKind.Decision;
        var side = Math.Max(2, area.Height / 5);
        var inkedCorners = new[]
        {
            new Rect(0, 0, side, side), new Rect(area.Width - side, 0, side, side),
            new Rect(0, area.Height - side, side, side), new Rect(area.Width - side, area.Height - side, side, side),
        }.Count(c =>
        {
            using var corner = region[c];
            return Cv2.CountNonZero(corner) >= side / 2;
        });
        return inkedCorners >= 3 ? CellShapeKind.Process : CellShapeKind.Terminator;
    }

    /// <summary>From the leftmost to the rightmost ink pixel in a strip, in pixels (breaks in the line do not count).</summary>
    private static int InkExtent(Mat region, Rect strip)
    {
        using var part = region[strip];
        using var columns = part.Reduce(ReduceDimension.Row, ReduceTypes.Max, -1);
        var inked = Enumerable.Range(0, columns.Cols).Where(x => columns.At<byte>(0, x) > 0).ToList();
        return inked.Count == 0 ? 0 : inked[^1] - inked[0] + 1;
    }

    private static bool Plausible(Rect box, SwimlaneInk ink, int dpi)
    {
        var min = MinInside * dpi;
        if (box.Width < min || box.Height < min || box.Height > MaxInsideHeight * dpi) return false;
        // A patch touching the table's outline is the page around the table, or a cell opened by a missing rule.
        if (box.Left <= 0 || box.Top <= 0 || box.Right >= ink.Ink.Width || box.Bottom >= ink.Ink.Height) return false;
        var row = ink.RowAt(box.Top + box.Height / 2.0);
        var top = ink.RowLines[row];
        var bottom = row + 1 < ink.RowLines.Count ? ink.RowLines[row + 1] : ink.Ink.Height;
        var inRow = Math.Min(bottom, box.Bottom) - Math.Max(top, box.Top);
        return inRow >= OneRow * box.Height;
    }

    private static CellShapeKind? ByInside(Mat patch, Rect box, int dpi)
    {
        if (!IsConvex(patch)) return null;
        var area = Cv2.CountNonZero(patch);
        var fill = area / (double)(box.Width * box.Height);
        if (box.Width <= MaxConnector * dpi && box.Height <= MaxConnector * dpi && Math.Abs(box.Width - box.Height) <= box.Height / 3.0)
            return fill > 0.6 ? CellShapeKind.Connector : null;
        // Closing breaks blunts a diamond's tips, but its top and bottom stay narrow; a capsule's are most of its width.
        if (fill < 0.62 || EdgeWidth(patch) < 0.45) return CellShapeKind.Decision;
        return CornerFill(patch) >= 0.7 ? CellShapeKind.Process : CellShapeKind.Terminator;
    }

    /// <summary>Every symbol's inside is convex; a patch that connectors looping back close around a symbol's corner is not.</summary>
    private static bool IsConvex(Mat patch)
    {
        patch.FindContours(out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
        var outline = contours.MaxBy(c => Cv2.ContourArea(c));
        if (outline is null) return false;
        var hull = Cv2.ContourArea(Cv2.ConvexHull(outline));
        return hull > 0 && Cv2.ContourArea(outline) / hull >= MinSolidity;
    }

    /// <summary>The share of the width the patch covers a tenth of the height in from its top and its bottom.</summary>
    private static double EdgeWidth(Mat patch)
    {
        var inset = patch.Height / 10;
        using var top = patch.Row(inset);
        using var bottom = patch.Row(patch.Height - 1 - inset);
        return (Cv2.CountNonZero(top) + Cv2.CountNonZero(bottom)) / (2.0 * patch.Width);
    }

    /// <summary>How much of the four corner squares (a quarter of the height each way) the patch covers.</summary>
    private static double CornerFill(Mat patch)
    {
        var side = Math.Max(1, patch.Height / 4);
        var corners = new[]
        {
            new Rect(0, 0, side, side), new Rect(patch.Width - side, 0, side, side),
            new Rect(0, patch.Height - side, side, side), new Rect(patch.Width - side, patch.Height - side, side, side),
        };
        var filled = corners.Sum(c =>
        {
            using var corner = patch[c];
            return Cv2.CountNonZero(corner);
        });
        return filled / (4.0 * side * side);
    }
}
