using OpenCvSharp;

namespace SopIngest.Ocr.Cleanup;

/// <summary>
/// Finds horizontal and vertical rules on a binarised page: ink runs that survive a morphological opening
/// with a long thin kernel (after closing small breaks, which scans and dashed borders have).
/// </summary>
internal static class RulingFinder
{
    public static IReadOnlyList<PixelRuling> Find(Mat binary, double minFraction, int minPixels, out Mat mask)
    {
        using var ink = new Mat();
        Cv2.BitwiseNot(binary, ink);
        var hLength = Math.Max(Math.Max(15, minPixels), (int)(binary.Width * minFraction));
        var vLength = Math.Max(Math.Max(15, minPixels), (int)(binary.Height * minFraction));
        using var horizontal = Runs(ink, new Size(hLength, 1));
        using var vertical = Runs(ink, new Size(1, vLength));
        var rulings = new List<PixelRuling>();
        rulings.AddRange(Segments(horizontal, new Size(Math.Max(9, hLength / 4), 1), horizontal: true));
        rulings.AddRange(Segments(vertical, new Size(1, Math.Max(9, vLength / 4)), horizontal: false));
        mask = new Mat();
        Cv2.BitwiseOr(horizontal, vertical, mask);
        return rulings;
    }

    /// <summary>
    /// Ink that survives an opening with a long thin kernel. Letters never do: their straight strokes are a
    /// letter wide. The rule gets back the pixels a slight slant or a thicker stretch lost in the opening.
    /// </summary>
    private static Mat Runs(Mat ink, Size kernel)
    {
        using var opened = ink.MorphologyEx(MorphTypes.Open, Cv2.GetStructuringElement(MorphShapes.Rect, kernel));
        using var grown = opened.Dilate(Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3)));
        var runs = new Mat();
        Cv2.BitwiseAnd(grown, ink, runs);
        return runs;
    }

    /// <summary>Rule segments, with breaks up to <paramref name="bridge"/> long (scan dropouts, dashed borders) closed.</summary>
    private static IEnumerable<PixelRuling> Segments(Mat mask, Size bridge, bool horizontal)
    {
        using var joined = mask.MorphologyEx(MorphTypes.Close, Cv2.GetStructuringElement(MorphShapes.Rect, bridge));
        joined.FindContours(out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
        foreach (var contour in contours)
        {
            var r = Cv2.BoundingRect(contour);
            // A blob as thick as it is long is a filled area (a logo, a stamp), not a rule.
            if (horizontal ? r.Height * 4 > r.Width : r.Width * 4 > r.Height) continue;
            yield return horizontal
                ? new PixelRuling(true, r.Y + r.Height / 2.0, r.X, r.X + r.Width, r.Height)
                : new PixelRuling(false, r.X + r.Width / 2.0, r.Y, r.Y + r.Height, r.Width);
        }
    }
}
