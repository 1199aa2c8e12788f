using OpenCvSharp;

namespace SopIngest.Ocr.Cleanup;

/// <summary>
/// Prepares a scanned page for OCR: turns it upright (quarter turns), removes skew, flattens uneven light
/// and binarises, drops speckles and blobs in the margins, and finds the ruling lines — which are then
/// lifted out of the image text is read from, so table borders never become letters.
/// </summary>
internal sealed class PageCleaner(CleanupOptions options)
{
    // Analysis (orientation, skew) runs on a copy this wide: enough to see text lines, cheap to rotate often.
    private const int AnalysisWidth = 900;

    // How far above the text threshold, towards white, a pixel still counts as rule ink.
    private const double RuleThresholdLift = 0.35;

    /// <param name="gray">8-bit grey page; not modified.</param>
    /// <param name="chroma">How coloured each pixel of the page is, for colour scans (stamp ink); not modified.</param>
    /// <param name="dpi">Resolution: rules must be longer than the tallest letters, whatever the page size.</param>
    /// <param name="isUpsideDown">
    /// Says whether an upright-or-upside-down binarised page reads better turned round (OCR confidence);
    /// null skips the 180° check.
    /// </param>
    public CleanedPage Clean(Mat gray, int dpi, Func<Mat, bool>? isUpsideDown = null, Mat? chroma = null)
    {
        var rotation = 0;
        double skew = 0;
        using (var analysis = AnalysisImage(gray, out _))
        {
            if (options.DetectOrientation && IsSideways(analysis)) rotation = 90;
            using var turned = Rotate(analysis, rotation);
            if (options.MaxSkewDegrees > 0) skew = SkewFinder.Find(turned, options.MaxSkewDegrees);
        }

        var straight = Straighten(gray, rotation, skew, Scalar.All(255));
        using var colour = chroma == null || !options.RemoveStamps ? null : Straighten(chroma, rotation, skew, Scalar.All(0));

        // A median filter smooths scanner noise but eats the one- or two-pixel strokes of low-resolution scans.
        var binary = Binarise(straight, dpi, options.Denoise && dpi >= 200, out var flat, out var unfiltered);
        using var unfilteredScope = unfiltered;
        if (options.DetectOrientation && isUpsideDown != null && isUpsideDown(binary))
        {
            rotation = (rotation + 180) % 360;
            Cv2.Rotate(straight, straight, RotateFlags.Rotate180);
            Cv2.Rotate(binary, binary, RotateFlags.Rotate180);
            Cv2.Rotate(flat, flat, RotateFlags.Rotate180);
            Cv2.Rotate(unfiltered, unfiltered, RotateFlags.Rotate180);
            if (colour != null) Cv2.Rotate(colour, colour, RotateFlags.Rotate180);
        }

        // Rules are found on the page binarised before any median filter: it erases the one-pixel rules of a fine scan.
        var rulings = RulingFinder.Find(unfiltered, options.MinRulingFraction, (int)(dpi * options.MinRulingInches), out var ruleMask);
        using (ruleMask)
        {
            if (options.Denoise) RemoveSpecklesAndMargins(binary, flat, ruleMask, options.MarginFraction, dpi, options.RemoveSignatures);
            // Text is read from the flattened grey page, not the binary one: the LSTM model reads faint and thin
            // strokes better from grey levels. But only near ink the binarisation kept: left grey, the noise of an
            // empty cell is split by Tesseract's own threshold into letters of junk.
            var textOnly = flat;
            using (var ink = new Mat())
            {
                Cv2.BitwiseNot(binary, ink);
                // Wide enough to give thin strokes the binarisation broke (low resolution) back their grey.
                var reach = Math.Max(5, dpi / 25);
                using var nearInk = ink.Dilate(Cv2.GetStructuringElement(MorphShapes.Rect, new Size(reach, reach)));
                using var background = new Mat();
                Cv2.BitwiseNot(nearInk, background);
                textOnly.SetTo(Scalar.All(255), background);
            }
            using var grown = ruleMask.Dilate(Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3)));
            textOnly.SetTo(Scalar.All(255), grown);
            if (options.RemoveStamps) StampInk.Remove(textOnly, binary, dpi, options.RemoveSignatures, colour);
            return new CleanedPage(straight, binary, textOnly, rulings, rotation, skew);
        }
    }

    /// <summary>A small binarised copy (ink 255 on 0) for orientation and skew analysis.</summary>
    private static Mat AnalysisImage(Mat gray, out double scale)
    {
        scale = Math.Min(1.0, AnalysisWidth / (double)Math.Max(gray.Width, gray.Height) * 1.4);
        using var small = new Mat();
        Cv2.Resize(gray, small, new Size(), scale, scale, InterpolationFlags.Area);
        var ink = new Mat();
        Cv2.AdaptiveThreshold(small, ink, 255, AdaptiveThresholdTypes.MeanC, ThresholdTypes.BinaryInv, 31, 15);
        // Long rules would dominate the profiles; text lines are what say which way is up.
        using var rules = LongRuns(ink, Math.Max(20, ink.Width / 15), Math.Max(20, ink.Height / 15));
        ink.SetTo(Scalar.All(0), rules);
        return ink;
    }

    private static Mat LongRuns(Mat ink, int horizontal, int vertical)
    {
        using var h = ink.MorphologyEx(MorphTypes.Open, Cv2.GetStructuringElement(MorphShapes.Rect, new Size(horizontal, 1)));
        using var v = ink.MorphologyEx(MorphTypes.Open, Cv2.GetStructuringElement(MorphShapes.Rect, new Size(1, vertical)));
        using var both = new Mat();
        Cv2.BitwiseOr(h, v, both);
        return both.Dilate(Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3)));
    }

    /// <summary>
    /// Smearing ink along the rows joins the letters of upright words into long flat blobs; on a page turned
    /// sideways it is smearing along the columns that does. Whichever way gives clearly more word-shaped blobs
    /// is the way the text runs. Table columns of text do not fool it, as a profile comparison would be.
    /// </summary>
    internal static bool IsSideways(Mat ink)
    {
        if (Cv2.CountNonZero(ink) < 200) return false;
        var across = WordShapedBlobs(ink, horizontal: true);
        var down = WordShapedBlobs(ink, horizontal: false);
        return down > across * 1.5 && down >= 10;
    }

    private static int WordShapedBlobs(Mat ink, bool horizontal)
    {
        using var smeared = ink.Dilate(Cv2.GetStructuringElement(MorphShapes.Rect, horizontal ? new Size(5, 1) : new Size(1, 5)));
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(smeared, labels, stats, centroids);
        var words = 0;
        for (var i = 1; i < count; i++)
        {
            int w = stats.At<int>(i, 2), h = stats.At<int>(i, 3);
            var (along, across) = horizontal ? (w, h) : (h, w);
            if (along >= 3 * across && across >= 3 && along <= 40 * across) words++;
        }
        return words;
    }

    private static Mat Turn(Mat image, double degrees, Scalar border, InterpolationFlags interpolation)
    {
        using var m = Cv2.GetRotationMatrix2D(new Point2f(image.Width / 2f, image.Height / 2f), degrees, 1);
        var turned = new Mat();
        Cv2.WarpAffine(image, turned, m, image.Size(), interpolation, BorderTypes.Constant, border);
        return turned;
    }

    /// <summary>The page turned upright and deskewed; <paramref name="border"/> fills the corners the turn uncovers.</summary>
    private static Mat Straighten(Mat image, int rotation, double skew, Scalar border)
    {
        var upright = Rotate(image, rotation);
        if (skew == 0) return upright;
        using (upright) return Turn(upright, skew, border, InterpolationFlags.Linear);
    }

    private static Mat Rotate(Mat image, int degrees)
    {
        if (degrees == 0) return image.Clone();
        var turned = new Mat();
        Cv2.Rotate(image, turned, degrees switch
        {
            90 => RotateFlags.Rotate90Clockwise,
            180 => RotateFlags.Rotate180,
            _ => RotateFlags.Rotate90Counterclockwise,
        });
        return turned;
    }

    /// <summary>
    /// Divides the page by its estimated background (a closing wider than any stroke, taken on a small copy)
    /// so shadows and yellowed paper go flat, then thresholds with Otsu. Result: ink 0 on 255; <paramref name="flat"/> is the flattened grey page,
    /// <paramref name="unfiltered"/> the ink rules are looked for in (before any median filter, faint rules included).
    /// </summary>
    internal static Mat Binarise(Mat gray, int dpi, bool denoise, out Mat flat, out Mat unfiltered)
    {
        const int factor = 4;
        using var small = new Mat();
        Cv2.Resize(gray, small, new Size(Math.Max(1, gray.Width / factor), Math.Max(1, gray.Height / factor)), 0, 0, InterpolationFlags.Area);
        using var closed = small.MorphologyEx(MorphTypes.Close, Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(15, 15)));
        using var background = new Mat();
        Cv2.Resize(closed, background, gray.Size(), 0, 0, InterpolationFlags.Linear);
        flat = new Mat();
        Cv2.Divide(gray, background, flat, 255);
        unfiltered = RuleInk(flat);
        FaintRules.Mark(flat, unfiltered, dpi);
        if (denoise) Cv2.MedianBlur(flat, flat, 3);
        var binary = new Mat();
        Cv2.Threshold(flat, binary, 0, 255, ThresholdTypes.Binary | ThresholdTypes.Otsu);
        return binary;
    }

    /// <summary>
    /// The flattened page thresholded for rule finding, more leniently than for text: a one-pixel rule under a
    /// shaded label cell is only a little darker than its cell and breaks into dashes at the text threshold,
    /// after which its row's cells merge. Noise and letters do not become rules at this threshold: a rule
    /// must still be a straight unbroken run far longer than any letter.
    /// </summary>
    private static Mat RuleInk(Mat flat)
    {
        var ink = new Mat();
        var otsu = Cv2.Threshold(flat, ink, 0, 255, ThresholdTypes.Binary | ThresholdTypes.Otsu);
        Cv2.Threshold(flat, ink, otsu + (255 - otsu) * RuleThresholdLift, 255, ThresholdTypes.Binary);
        return ink;
    }

    /// <summary>Blobs this small are scanner noise: 3 pixels at 150 dpi, 9 at 300 (a full stop at 300 dpi is about 16).</summary>
    private static int SpeckleArea(int dpi) => Math.Max(3, dpi * dpi / 10_000);

    /// <summary>255 where a pixel's blob is to be dropped: one pass over the labels, however many blobs there are.</summary>
    private static Mat BlobMask(Mat labels, bool[] drop)
    {
        // In place over both images: copying a page of int labels out and the marks back in cost more than the loop.
        var mask = new Mat(labels.Size(), MatType.CV_8UC1, Scalar.All(0));
        var ids = labels.AsSpan<int>();
        var marks = mask.AsSpan<byte>();
        for (var p = 0; p < ids.Length; p++)
            if (drop[ids[p]]) marks[p] = 255;
        return mask;
    }

    /// <summary>
    /// Drops ink blobs of a few pixels and blobs wholly inside the margin band (rules are kept); with
    /// <paramref name="signatures"/>, also takes handwriting (<see cref="SignatureStrokes"/>) out of the grey page
    /// text is read from, keeping it on the binary one.
    /// </summary>
    private static void RemoveSpecklesAndMargins(Mat binary, Mat flat, Mat ruleMask, double marginFraction, int dpi, bool signatures)
    {
        var speckleArea = SpeckleArea(dpi);
        using var ink = new Mat();
        Cv2.BitwiseNot(binary, ink);
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(ink, labels, stats, centroids, PixelConnectivity.Connectivity8, MatType.CV_32S);
        int mx = (int)(binary.Width * marginFraction), my = (int)(binary.Height * marginFraction);
        stats.GetArray(out int[] blob);
        var drop = new bool[count];
        var any = false;
        for (var i = 1; i < count; i++)
        {
            int x = blob[i * 5], y = blob[i * 5 + 1], w = blob[i * 5 + 2], h = blob[i * 5 + 3], area = blob[i * 5 + 4];
            var inMargin = x + w <= mx || y + h <= my || x >= binary.Width - mx || y >= binary.Height - my;
            var touchesEdge = x == 0 || y == 0 || x + w >= binary.Width || y + h >= binary.Height;
            drop[i] = area <= speckleArea || inMargin || (touchesEdge && (w > binary.Width / 3 || h > binary.Height / 3));
            any |= drop[i];
        }
        if (signatures)
        {
            var handwriting = SignatureStrokes.Find(labels, blob, count, dpi);
            foreach (var (label, box) in handwriting) SignatureStrokes.Erase(flat, ink, labels, label, box, dpi);
        }
        if (!any) return;
        var ids = labels.AsSpan<int>();
        for (var i = 1; i < count; i++)
            if (drop[i] && blob[i * 5 + 4] <= speckleArea && FullStop.Follows(ids, binary.Width, blob, i, dpi)) drop[i] = false;
        using var mask = BlobMask(labels, drop);
        // Rules that run into the margin are table borders, not marks.
        mask.SetTo(Scalar.All(0), ruleMask);
        binary.SetTo(Scalar.All(255), mask);
        flat.SetTo(Scalar.All(255), mask);
    }
}
