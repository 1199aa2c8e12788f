using OpenCvSharp;

namespace SopIngest.Ocr.Swimlanes;

/// <summary>
/// Where two connectors cross: a back-edge climbing beside a column crosses the connector of the rows it passes.
/// Joined at the crossing they are one run with two arrowheads, from which no arrow can be told. A crossing is
/// where a horizontal and a vertical stroke both run on past each other, on both sides: a corner of one
/// connector, or a connector ending on another (two back-edges sharing their last stretch), is not one. Runs are
/// labelled with the crossings undone, each stroke running straight through.
/// </summary>
internal static class ConnectorCrossings
{
    // How far past each other both strokes must run, in inches; an arrowhead is narrower than this.
    private const double ReachInches = 0.05;

    // How far around the overlap the strokes are cut apart, in pixels: more than 8-connectivity bridges.
    private const int Gap = 2;

    /// <summary>The crossings in <paramref name="ink"/> (255 on 0): the small squares where both strokes overlap.</summary>
    public static IReadOnlyList<Rect> Find(Mat ink, int dpi)
    {
        var reach = Math.Max(6, (int)(ReachInches * dpi));
        using var horizontal = ink.MorphologyEx(MorphTypes.Open, Cv2.GetStructuringElement(MorphShapes.Rect, new Size(2 * reach + 1, 1)));
        using var vertical = ink.MorphologyEx(MorphTypes.Open, Cv2.GetStructuringElement(MorphShapes.Rect, new Size(1, 2 * reach + 1)));
        using var both = new Mat();
        Cv2.BitwiseAnd(horizontal, vertical, both);
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(both, labels, stats, centroids);
        var crossings = new List<Rect>();
        for (var i = 1; i < count; i++)
        {
            var box = new Rect(stats.At<int>(i, 0), stats.At<int>(i, 1), stats.At<int>(i, 2), stats.At<int>(i, 3));
            if (box.Width > reach || box.Height > reach) continue; // a filled arrowhead, not two lines
            int cx = box.X + box.Width / 2, cy = box.Y + box.Height / 2, past = reach / 2;
            if (Ink(horizontal, box.Left - past, cy) && Ink(horizontal, box.Right - 1 + past, cy)
                && Ink(vertical, cx, box.Top - past) && Ink(vertical, cx, box.Bottom - 1 + past))
                crossings.Add(box);
        }
        return crossings;
    }

    /// <summary>
    /// The runs of <paramref name="ink"/> (8-connected, labels as <c>ConnectedComponents</c> gives them) with each
    /// crossing undone: the square where the strokes overlap is left out, and each stroke's two arms on either side
    /// of it are one run again, so every connector keeps its own ends. <paramref name="areas"/> holds each run's
    /// pixel count by label; labels merged into another have none.
    /// </summary>
    public static Mat Runs(Mat ink, IReadOnlyList<Rect> crossings, out int[] areas)
    {
        using var cut = ink.Clone();
        var bounds = new Rect(0, 0, ink.Width, ink.Height);
        foreach (var c in crossings)
            using (var overlap = cut[Rect.Inflate(c, Gap, Gap) & bounds])
                overlap.SetTo(Scalar.All(0));
        var labels = new Mat();
        var count = Cv2.ConnectedComponents(cut, labels, PixelConnectivity.Connectivity8, MatType.CV_32S);
        var parent = Enumerable.Range(0, count).ToArray();
        foreach (var c in crossings)
        {
            int cx = c.X + c.Width / 2, cy = c.Y + c.Height / 2;
            Join(parent, LabelAt(labels, c.Left - Gap - 1, cy), LabelAt(labels, c.Right + Gap, cy));
            Join(parent, LabelAt(labels, cx, c.Top - Gap - 1), LabelAt(labels, cx, c.Bottom + Gap));
        }
        areas = new int[count];
        var runOf = labels.AsSpan<int>();
        for (var p = 0; p < runOf.Length; p++)
        {
            if (runOf[p] == 0) continue;
            runOf[p] = Root(parent, runOf[p]);
            areas[runOf[p]]++;
        }
        return labels;
    }

    private static int Root(int[] parent, int label)
    {
        while (parent[label] != label) label = parent[label] = parent[parent[label]];
        return label;
    }

    private static void Join(int[] parent, int a, int b)
    {
        if (a > 0 && b > 0) parent[Root(parent, a)] = Root(parent, b);
    }

    private static int LabelAt(Mat labels, int x, int y) =>
        x >= 0 && y >= 0 && x < labels.Width && y < labels.Height ? labels.At<int>(y, x) : 0;

    private static bool Ink(Mat mask, int x, int y) =>
        x >= 0 && y >= 0 && x < mask.Width && y < mask.Height && mask.At<byte>(y, x) != 0;
}
