using OpenCvSharp;

namespace SopIngest.Ocr.Recognition;

/// <summary>
/// A decoded scan split into what the pipeline reads: its grey levels, and how coloured each pixel is (the spread
/// of its channels). Official stamps are violet or blue and print is black, so colour is what tells a stamp's ink
/// from a letter's where the two touch. Grey scans, and colour scans with no colour in them, get no colour plane.
/// </summary>
internal static class PageColour
{
    // A page whose most coloured pixel spreads less than this is grey stored as colour: JPEG noise stays below it.
    private const int MinSpread = 40;

    /// <summary>Grey and colour planes of an 8-bit image of 1, 3 (BGR) or 4 (BGRA) channels; takes ownership of it.</summary>
    /// <param name="encoded">
    /// The file it was decoded from, if at hand: its grey is decoded from it again. A JPEG's grey is its own luma, at
    /// full resolution; worked back from the decoded colours it picks up the coarser colour planes' blur.
    /// </param>
    public static (Mat Gray, Mat? Chroma) Split(Mat decoded, byte[]? encoded = null)
    {
        if (decoded.Channels() == 1) return (decoded, null);
        using var bgr = decoded.Channels() == 4 ? decoded.CvtColor(ColorConversionCodes.BGRA2BGR) : decoded;
        if (!ReferenceEquals(bgr, decoded)) decoded.Dispose();
        var gray = encoded == null ? bgr.CvtColor(ColorConversionCodes.BGR2GRAY) : Cv2.ImDecode(encoded, ImreadModes.Grayscale);
        var chroma = Spread(bgr);
        chroma.MinMaxLoc(out double _, out double most);
        if (most >= MinSpread) return (gray, chroma);
        chroma.Dispose();
        return (gray, null);
    }

    /// <summary>Per pixel, its brightest channel less its darkest.</summary>
    private static Mat Spread(Mat bgr)
    {
        var channels = bgr.Split();
        try
        {
            var most = new Mat();
            using var least = new Mat();
            Cv2.Max(channels[0], channels[1], most);
            Cv2.Max(most, channels[2], most);
            Cv2.Min(channels[0], channels[1], least);
            Cv2.Min(least, channels[2], least);
            Cv2.Subtract(most, least, most);
            return most;
        }
        finally
        {
            foreach (var c in channels) c.Dispose();
        }
    }
}
