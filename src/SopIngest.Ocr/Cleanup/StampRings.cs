using OpenCvSharp;

namespace SopIngest.Ocr.Cleanup;

/// <summary>A round stamp found on the page, in page pixels: its outermost ring and the tone of its ink.</summary>
internal readonly record struct StampRing(Point Centre, int Radius, int Tone);

/// <summary>
/// Finds round stamps: circles of ink clearly lighter than the page's printed text. Works on a copy about
/// <see cref="WorkDpi"/> whose every pixel is the darkest of the block it stands for, so strokes keep their core
/// tone while the search stays cheap. Faint printed text is light too, but it draws no circle bigger than a
/// letter; a circle is only taken when most of its length runs over light ink.
/// </summary>
internal static class StampRings
{
    private const int WorkDpi = 75;

    // Office stamps are 0.6–2 in across; the search finds their inner or outer ring.
    private const double MinRadiusInches = 0.25;
    private const double MaxRadiusInches = 1.0;

    // Votes a circle's centre needs in the search (at the working resolution)…
    private const int MinVotes = 25;

    // …and the share of its length that must then be light ink: text crossing the ring hides some of it.
    private const double MinCover = 0.6;

    // Rings of one stamp (inner, outer, near-copies of each) have centres this close.
    private const double MergeInches = 0.3;

    // How far beyond a found ring an outer ring of the same stamp is looked for.
    private const double OuterRingInches = 0.25;

    // Lighter than this is paper or the faintest edge of a stroke.
    private const int PaperTone = 215;

    public static IReadOnlyList<StampRing> Find(Mat gray, int minTone, int dpi)
    {
        var factor = Math.Max(1, (int)Math.Round(dpi / (double)WorkDpi));
        using var small = DarkestOfBlocks(gray, factor);
        using var light = LightInk(small, minTone);
        var scale = dpi / (double)factor;
        var circles = Cv2.HoughCircles(light, HoughModes.Gradient, 1, MinRadiusInches * scale / 2, 100, MinVotes,
            (int)(MinRadiusInches * scale), (int)(MaxRadiusInches * scale));
        if (circles.Length == 0) return [];
        var cover = new RingCover(light);
        var rings = circles
            .Select(c => cover.Fit(c, (int)(OuterRingInches * scale), MinCover))
            .OfType<CircleSegment>()
            .Select(c => new StampRing(new Point(c.Center.X * factor, c.Center.Y * factor), (int)Math.Ceiling(c.Radius * factor), 0))
            .Select(r => r with { Tone = RingTone(gray, r, minTone, Math.Max(1, dpi / 100), factor) })
            .ToList();
        return Stamps(rings, (int)(MergeInches * dpi));
    }

    /// <summary>Rings around one centre become one stamp: the first (most votes) gives the centre, the largest the radius, their median the tone.</summary>
    private static List<StampRing> Stamps(List<StampRing> rings, int merge)
    {
        var groups = new List<List<StampRing>>();
        foreach (var ring in rings)
        {
            var group = groups.Find(g => g[0].Centre.DistanceTo(ring.Centre) <= merge);
            if (group is null) groups.Add([ring]);
            else group.Add(ring);
        }
        return groups.Select(g => g[0] with { Radius = g.Max(r => r.Radius), Tone = Median(g.Select(r => r.Tone)) }).ToList();
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Each block of <paramref name="factor"/>² pixels becomes its darkest pixel.</summary>
    private static Mat DarkestOfBlocks(Mat gray, int factor)
    {
        var small = new Mat();
        if (factor == 1) { gray.CopyTo(small); return small; }
        using var darkest = gray.Erode(Cv2.GetStructuringElement(MorphShapes.Rect, new Size(factor, factor)));
        Cv2.Resize(darkest, small, new Size(gray.Width / factor, gray.Height / factor), 0, 0, InterpolationFlags.Nearest);
        return small;
    }

    /// <summary>255 where the ink is between <paramref name="minTone"/> and paper and no darker ink touches it.</summary>
    private static Mat LightInk(Mat small, int minTone)
    {
        var light = new Mat();
        Cv2.InRange(small, Scalar.All(minTone), Scalar.All(PaperTone), light);
        using var dark = new Mat();
        Cv2.Threshold(small, dark, minTone - 1, 255, ThresholdTypes.BinaryInv);
        using var near = dark.Dilate(null);
        light.SetTo(Scalar.All(0), near);
        return light;
    }

    /// <summary>
    /// The tone of the ring's strokes on the full page: the median, over points along the circle, of the darkest
    /// light-ink pixel across the stroke there. The ring was fitted on the small copy against ink grown by a
    /// pixel, so its radius may lie up to two of the copy's pixels outside the stroke's core: the look inwards
    /// reaches that far.
    /// </summary>
    private static int RingTone(Mat gray, StampRing ring, int minTone, int reach, int factor)
    {
        const int samples = 180;
        var tones = new List<int>();
        for (var i = 0; i < samples; i++)
        {
            var angle = 2 * Math.PI * i / samples;
            var darkest = 256;
            for (var d = -2 * reach - 2 * factor; d <= 2 * reach; d++)
            {
                int x = (int)Math.Round(ring.Centre.X + (ring.Radius + d) * Math.Cos(angle)), y = (int)Math.Round(ring.Centre.Y + (ring.Radius + d) * Math.Sin(angle));
                if (x < 0 || y < 0 || x >= gray.Width || y >= gray.Height) continue;
                var tone = gray.At<byte>(y, x);
                if (tone >= minTone && tone <= PaperTone && tone < darkest) darkest = tone;
            }
            if (darkest <= PaperTone) tones.Add(darkest);
        }
        if (tones.Count == 0) return minTone;
        tones.Sort();
        return tones[tones.Count / 2];
    }
}
