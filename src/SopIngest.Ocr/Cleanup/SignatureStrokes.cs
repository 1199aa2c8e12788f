using OpenCvSharp;

namespace SopIngest.Ocr.Cleanup;

/// <summary>
/// Finds handwritten strokes standing on their own — a signature, initials — among the page's ink blobs: wider
/// than a word yet sparse, a thin curve with its bounding box mostly empty, and not built of the straight runs of
/// a drawn line or connector. Tesseract reads such a curve as a run of "NNNVNN"; the text image loses it, the
/// binary page keeps it. A signature that touches printed text is one blob with it, dense enough to be kept.
/// </summary>
internal static class SignatureStrokes
{
    // At least this wide: a short paraf is left to the speckle and margin rules.
    private const double MinWidthInches = 0.4;

    // No taller than this: a signature is a line's worth of loops, not a block.
    private const double MaxHeightInches = 0.6;

    // Share of its box the stroke fills, at most: printed words, even joined letters, fill far more.
    private const double MaxFill = 0.2;

    // Share of its pixels that may lie on straight runs (rules, connectors, underlines)…
    private const double MaxStraightShare = 0.3;

    // …runs at least this long.
    private const double StraightRunInches = 0.12;

    /// <summary>The blobs (stats as ConnectedComponentsWithStats gives them, 5 ints a blob) that are handwriting.</summary>
    public static List<(int Label, Rect Box)> Find(Mat labels, int[] blob, int count, int dpi)
    {
        var found = new List<(int, Rect)>();
        for (var i = 1; i < count; i++)
        {
            var box = new Rect(blob[i * 5], blob[i * 5 + 1], blob[i * 5 + 2], blob[i * 5 + 3]);
            var area = blob[i * 5 + 4];
            if (box.Width < MinWidthInches * dpi || box.Height > MaxHeightInches * dpi || box.Height > box.Width) continue;
            if (area > MaxFill * box.Width * box.Height) continue;
            if (!MostlyStraight(labels, i, box, area, (int)(StraightRunInches * dpi))) found.Add((i, box));
        }
        return found;
    }

    /// <summary>
    /// Whitens a handwritten blob in the grey page with its soft edge (the grey around the binarised stroke), but
    /// not the ink of anything else within that reach.
    /// </summary>
    /// <param name="ink">Ink 255 on 0, the image <paramref name="labels"/> were taken from.</param>
    public static void Erase(Mat gray, Mat ink, Mat labels, int label, Rect box, int dpi)
    {
        var reach = dpi / 100 + 1;
        var around = new Rect(box.X - reach, box.Y - reach, box.Width + 2 * reach, box.Height + 2 * reach) & new Rect(0, 0, gray.Width, gray.Height);
        using var strokes = new Mat();
        using (var ids = labels[around]) Cv2.Compare(ids, Scalar.All(label), strokes, CmpTypes.EQ);
        using var grown = strokes.Dilate(Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(2 * reach + 1, 2 * reach + 1)));
        using var otherInk = new Mat();
        using (var inkThere = ink[around]) Cv2.BitwiseXor(inkThere, strokes, otherInk);  // strokes ⊆ ink
        grown.SetTo(Scalar.All(0), otherInk);
        using var page = gray[around];
        page.SetTo(Scalar.All(255), grown);
    }

    private static bool MostlyStraight(Mat labels, int label, Rect box, int area, int run)
    {
        using var ink = new Mat();
        using (var ids = labels[box]) Cv2.Compare(ids, Scalar.All(label), ink, CmpTypes.EQ);
        using var across = ink.MorphologyEx(MorphTypes.Open, Cv2.GetStructuringElement(MorphShapes.Rect, new Size(run, 1)));
        using var down = ink.MorphologyEx(MorphTypes.Open, Cv2.GetStructuringElement(MorphShapes.Rect, new Size(1, run)));
        Cv2.BitwiseOr(across, down, across);
        return Cv2.CountNonZero(across) > MaxStraightShare * area;
    }
}
