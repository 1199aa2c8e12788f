using OpenCvSharp;

namespace SopIngest.Ocr.Cleanup;

/// <summary>
/// Takes an official stamp's ink out of the image text is read from. A stamp is printed over the approval
/// block in violet or blue, half transparent, so on a grey page it is a second, lighter ink: its strokes never
/// reach the dark core of printed text. Inside a ring of such ink (<see cref="StampRings"/>), everything as
/// light as the ring that is not the soft edge of a darker stroke is whitened; the text it crosses keeps its
/// dark pixels. A page with no ring distinctly lighter than its text is left alone. Only the text image
/// changes: the binary page, where swimlane shapes are looked for, keeps all its ink.
/// </summary>
internal static class StampInk
{
    // A stamp's strokes must be this much lighter than the page's typical printed stroke.
    private const int MinToneGap = 50;

    // The ring's ink spreads this far darker than its typical core (noise, its strokes overlapping); a pixel next
    // to anything darker still is the soft edge of a printed stroke, and is kept.
    private const int ToneSpread = 15;

    // How far beyond the stamp, sideways, a signature under it may run.
    private const double SignatureReachInches = 0.8;

    // Ink whose channels spread this much is coloured: print is black, and JPEG's colour noise stays below it.
    private const int MinChroma = 20;

    // Around the outer ring: its own soft edge.
    private const double MarginInches = 0.06;

    /// <summary>Whitens stamp ink in <paramref name="textOnly"/> (flattened grey page); returns the stamps found.</summary>
    /// <param name="binary">The binarised page (ink 0): where printed ink lies, for its tone.</param>
    /// <param name="signatures">Also take out the handwriting under the stamp (<see cref="SignatureStrokes"/>).</param>
    /// <param name="chroma">For colour scans, how coloured each pixel is: coloured ink beside a letter is the stamp's too.</param>
    public static IReadOnlyList<StampRing> Remove(Mat textOnly, Mat binary, int dpi, bool signatures = false, Mat? chroma = null)
    {
        var textTone = TextTone(textOnly, binary, dpi);
        var rings = StampRings.Find(textOnly, textTone + MinToneGap, dpi);
        foreach (var ring in rings)
        {
            Erase(textOnly, ring, dpi, chroma);
            if (signatures) EraseSignature(textOnly, ring, dpi);
        }
        return rings;
    }

    /// <summary>
    /// A signature under a stamp is one blob with the stamp on the binary page, so the page-wide search misses it;
    /// with the stamp gone from the text image, it is looked for again around the stamp.
    /// </summary>
    private static void EraseSignature(Mat textOnly, StampRing ring, int dpi)
    {
        int across = ring.Radius + (int)(SignatureReachInches * dpi), down = ring.Radius + (int)(MarginInches * dpi);
        var region = new Rect(ring.Centre.X - across, ring.Centre.Y - down, 2 * across, 2 * down) & new Rect(0, 0, textOnly.Width, textOnly.Height);
        using var roi = textOnly[region];
        using var ink = new Mat();
        Cv2.Threshold(roi, ink, ring.Tone - ToneSpread - 1, 255, ThresholdTypes.BinaryInv);
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(ink, labels, stats, centroids, PixelConnectivity.Connectivity8, MatType.CV_32S);
        stats.GetArray(out int[] blob);
        foreach (var (label, box) in SignatureStrokes.Find(labels, blob, count, dpi))
            SignatureStrokes.Erase(roi, ink, labels, label, box, dpi);
    }

    /// <summary>
    /// The tone of a typical printed stroke's core: the median, over binarised ink, of the darkest pixel within a
    /// pixel or two. Rules are already whitened in the text image and do not count.
    /// </summary>
    internal static int TextTone(Mat textOnly, Mat binary, int dpi)
    {
        using var ink = new Mat();
        Cv2.Compare(binary, Scalar.All(0), ink, CmpTypes.EQ);
        var k = dpi >= 250 ? 5 : 3;
        using var core = textOnly.Erode(Cv2.GetStructuringElement(MorphShapes.Rect, new Size(k, k)));
        using var hist = new Mat();
        Cv2.CalcHist([core], [0], ink, hist, 1, [255], [new Rangef(0, 255)]);
        hist.GetArray(out float[] counts);
        var half = counts.Sum() / 2;
        var seen = 0f;
        for (var tone = 0; tone < counts.Length; tone++)
        {
            seen += counts[tone];
            if (seen >= half) return tone;
        }
        return 0;
    }

    /// <summary>
    /// Whitens, inside the stamp's outer ring, ink as light as the ring's, except next to ink darker than any of
    /// the stamp's: the soft edges of the letters it crosses. Thin printed strokes of a blurred low-resolution scan
    /// are as light as a stamp where it crosses them; the reach kept around darker ink spares most of them.
    /// On a colour scan, coloured ink as light as the ring's goes too, even beside a letter: where a ring grazed the
    /// top of a thin digit, the ink kept beside it drew a bar across it ("1" read "7"). A letter under the stamp
    /// stays: black and violet multiply to something darker than the stamp's own ink.
    /// </summary>
    private static void Erase(Mat textOnly, StampRing ring, int dpi, Mat? chroma)
    {
        var radius = ring.Radius + (int)(MarginInches * dpi);
        var box = new Rect(ring.Centre.X - radius, ring.Centre.Y - radius, 2 * radius + 1, 2 * radius + 1) & new Rect(0, 0, textOnly.Width, textOnly.Height);
        if (box.Width == 0 || box.Height == 0) return;
        using var roi = textOnly[box];
        var lightFrom = ring.Tone - ToneSpread;
        using var erase = new Mat(roi.Size(), MatType.CV_8UC1, Scalar.All(0));
        erase.Circle(new Point(ring.Centre.X - box.X, ring.Centre.Y - box.Y), radius, Scalar.All(255), -1);
        using (var light = new Mat())
        {
            Cv2.InRange(roi, Scalar.All(lightFrom), Scalar.All(254), light);
            Cv2.BitwiseAnd(erase, light, erase);
        }
        using (var near = NearDarker(roi, lightFrom, dpi)) erase.SetTo(Scalar.All(0), near);
        if (chroma != null)
            using (var stamped = ColouredInk(roi, chroma[box], lightFrom))
            {
                using var inside = new Mat(roi.Size(), MatType.CV_8UC1, Scalar.All(0));
                inside.Circle(new Point(ring.Centre.X - box.X, ring.Centre.Y - box.Y), radius, Scalar.All(255), -1);
                Cv2.BitwiseAnd(stamped, inside, stamped);
                Cv2.BitwiseOr(erase, stamped, erase);
            }
        roi.SetTo(Scalar.All(255), erase);
    }

    /// <summary>255 where ink is coloured and no darker than <paramref name="darkFrom"/>.</summary>
    private static Mat ColouredInk(Mat gray, Mat chroma, int darkFrom)
    {
        var coloured = new Mat();
        Cv2.Compare(chroma, Scalar.All(MinChroma), coloured, CmpTypes.GE);
        using var light = new Mat();
        Cv2.InRange(gray, Scalar.All(darkFrom), Scalar.All(254), light);
        Cv2.BitwiseAnd(coloured, light, coloured);
        return coloured;
    }

    /// <summary>255 within two pixels (three at 300 dpi) of a pixel darker than <paramref name="below"/>.</summary>
    private static Mat NearDarker(Mat gray, int below, int dpi)
    {
        var reach = dpi / 150 + 1;
        using var dark = new Mat();
        Cv2.Threshold(gray, dark, below - 1, 255, ThresholdTypes.BinaryInv);
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(2 * reach + 1, 2 * reach + 1));
        return dark.Dilate(kernel);
    }
}
