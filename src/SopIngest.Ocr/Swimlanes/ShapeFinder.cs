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

    // Breaks in an outline bridged in the first pass (speckle-sized) and the second (dropouts along thin strokes).
    private const double SmallBreak = 0.02;
    private const double MaxBreak = 0.12;

    // Share of a patch's height that must lie in one grid row.
    private const double OneRow = 0.75;

    public static IReadOnlyList<PixelShape> Find(SwimlaneInk ink, int dpi)
    {
        // Whole outlines first, read from the shape of their inside; then outlines with breaks, whose inside only
        // a wider closing seals and deforms, read from their ink.
        var shapes = new List<PixelShape>();
        foreach (var (box, patch) in Insides(ink, dpi, SmallBreak))
            using (patch)
                if (ByInside(patch, box, dpi) is { } kind) shapes.Add(Shape(kind, box, dpi));
        var bridge = Math.Max(5, (int)(MaxBreak * dpi));
        foreach (var (box, patch) in Insides(ink, dpi, MaxBreak))
            using (patch)
                if (!shapes.Any(s => (s.Inside & box).Width > 0) && ByOutline(ink.Ink, box, bridge / 2) is { } kind)
                    shapes.Add(new PixelShape(kind, Rect.Inflate(box, bridge / 2, bridge / 2), box));
        return shapes;
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
        patch.FindContours(out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
        var outline = contours.MaxBy(c => Cv2.ContourArea(c));
        if (outline is null) return null;
        var area = Cv2.CountNonZero(patch);
        var hull = Cv2.ContourArea(Cv2.ConvexHull(outline));
        if (hull <= 0 || Cv2.ContourArea(outline) / hull < MinSolidity) return null;
        var fill = area / (double)(box.Width * box.Height);
        if (box.Width <= MaxConnector * dpi && box.Height <= MaxConnector * dpi && Math.Abs(box.Width - box.Height) <= box.Height / 3.0)
            return fill > 0.6 ? CellShapeKind.Connector : null;
        // Closing breaks blunts a diamond's tips, but its top and bottom stay narrow; a capsule's are most of its width.
        if (fill < 0.62 || EdgeWidth(patch) < 0.45) return CellShapeKind.Decision;
        return CornerFill(patch) >= 0.7 ? CellShapeKind.Process : CellShapeKind.Terminator;
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
