using OpenCvSharp;

namespace SopIngest.Ocr.Cleanup;

/// <summary>
/// Takes an official stamp's ink out of the image text is read from. A stamp is printed over the approval
/// block in violet or blue, half transparent, so on a grey page it is a second, lighter ink: its strokes never
/// reach the dark core of printed text. Inside a ring of such ink (<see cref="StampRings"/>), everything as
/// light as the ring that is not the soft edge of a darker stroke is whitened; the text it crosses keeps its
/// dark pixels. A page with no ring distinctly lighter than its text is left alone.
/// </summary>
internal static class StampInk
{
    // A stamp's strokes must be this much lighter than the page's typical printed stroke.
    private const int MinToneGap = 50;

    // The ring's ink spreads this far darker than its typical core (noise, overlaps of its own strokes)…
    private const int EraseSpread = 15;

    // …and a stroke darker than its core by this much is printed text, whose soft edge is kept.
    private const int KeepSpread = 25;

    // Around the ring: its own soft edge and letters set just outside it.
    private const double MarginInches = 0.06;

    /// <summary>Whitens stamp ink in <paramref name="textOnly"/> (flattened grey page); returns the stamps found.</summary>
    /// <param name="binary">The binarised page (ink 0): where printed ink lies, for its tone.</param>
    public static IReadOnlyList<StampRing> Remove(Mat textOnly, Mat binary, int dpi)
    {
        var textTone = TextTone(textOnly, binary, dpi);
        var rings = StampRings.Find(textOnly, textTone + MinToneGap, dpi);
        foreach (var ring in rings) Erase(textOnly, ring, dpi);
        return rings;
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
    /// Whitens what inside the ring is as light as its ink, except next to a stroke darker than the ring's
    /// darkest: those are the soft edges of the letters it crosses, which stay whole.
    /// </summary>
    private static void Erase(Mat textOnly, StampRing ring, int dpi)
    {
        var radius = ring.Radius + (int)(MarginInches * dpi);
        var box = new Rect(ring.Centre.X - radius, ring.Centre.Y - radius, 2 * radius + 1, 2 * radius + 1) & new Rect(0, 0, textOnly.Width, textOnly.Height);
        if (box.Width == 0 || box.Height == 0) return;
        using var roi = textOnly[box];
        using var erase = new Mat();
        Cv2.InRange(roi, Scalar.All(ring.Tone - EraseSpread), Scalar.All(254), erase);
        using (var near = NearDark(roi, ring.Tone - KeepSpread, dpi)) erase.SetTo(Scalar.All(0), near);
        using (var outside = new Mat(roi.Size(), MatType.CV_8UC1, Scalar.All(255)))
        {
            outside.Circle(new Point(ring.Centre.X - box.X, ring.Centre.Y - box.Y), radius, Scalar.All(0), -1);
            erase.SetTo(Scalar.All(0), outside);
        }
        roi.SetTo(Scalar.All(255), erase);
    }

    /// <summary>255 within a pixel or two (more at high resolution) of a pixel darker than <paramref name="below"/>.</summary>
    private static Mat NearDark(Mat gray, int below, int dpi)
    {
        var reach = Math.Max(1, dpi / 150);
        using var dark = new Mat();
        Cv2.Threshold(gray, dark, below - 1, 255, ThresholdTypes.BinaryInv);
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(2 * reach + 1, 2 * reach + 1));
        return dark.Dilate(kernel);
    }
}
