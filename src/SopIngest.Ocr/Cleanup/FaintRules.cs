using OpenCvSharp;

namespace SopIngest.Ocr.Cleanup;

/// <summary>
/// Finds rules too faint for any threshold: a thin border printed light grey, or drawn over by a shaded label
/// cell, that a low-resolution scan blurs to a few grey levels under the paper. Averaged along its own
/// direction the noise cancels and the rule stays a thin dark ridge between two blank bands, which no letter is:
/// text has ink on at least one side of every row through it.
/// </summary>
internal static class FaintRules
{
    // The bands on both sides of a rule are near-white after the light is flattened…
    private const double BlankLevel = 236;

    // …and the rule is at least this much darker than the lighter band…
    private const double MinContrast = 12;

    // …and each of its own pixels is darker than paper: the average alone would bridge the gap between two
    // letters standing one above the other (the "l" of the same word on consecutive lines).
    private const double MaxRulePixel = 244;

    /// <summary>Sets the pixels of faint rules to ink (0) in <paramref name="ruleInk"/>; <paramref name="flat"/> is the flattened grey page.</summary>
    public static void Mark(Mat flat, Mat ruleInk, int dpi)
    {
        var along = Math.Max(9, dpi / 10);
        var reach = Math.Max(2, dpi / 60);
        foreach (var horizontal in new[] { true, false })
            MarkRidge(flat, ruleInk, horizontal, along, reach);
    }

    /// <summary>
    /// Marks ridge pixels: darker than the bands <paramref name="reach"/> pixels to either side, which are blank.
    /// Every step works on the band in place, in two buffers: a page at 300 dpi is 9 MB, and each new one costs a pass.
    /// </summary>
    private static void MarkRidge(Mat flat, Mat ruleInk, bool horizontal, int along, int reach)
    {
        var n = 2 * reach;
        if (horizontal ? flat.Height <= n : flat.Width <= n) return;
        using var smooth = new Mat();
        Cv2.Blur(flat, smooth, horizontal ? new Size(along, 1) : new Size(1, along));
        // Views of the same pixels: the band before the centre, the centre, the band after.
        Rect Band(int offset) => horizontal ? new Rect(0, offset, flat.Width, flat.Height - n) : new Rect(offset, 0, flat.Width - n, flat.Height);
        using var before = smooth[Band(0)];
        using var centre = smooth[Band(reach)];
        using var after = smooth[Band(n)];
        using var pixel = flat[Band(reach)];
        using var side = new Mat();
        Cv2.Min(before, after, side);
        using var found = new Mat();
        Cv2.Subtract(side, centre, found); // saturates at 0 where the centre is the lighter
        Cv2.Compare(found, Scalar.All(MinContrast), found, CmpTypes.GE);
        Cv2.Compare(side, Scalar.All(BlankLevel), side, CmpTypes.GE);
        Cv2.BitwiseAnd(found, side, found);
        Cv2.Compare(pixel, Scalar.All(MaxRulePixel), side, CmpTypes.LT);
        Cv2.BitwiseAnd(found, side, found);
        // Scanner noise lifts a pixel of a faint rule above paper here and there; a rule is an unbroken run.
        using var bridge = Cv2.GetStructuringElement(MorphShapes.Rect, horizontal ? new Size(5, 1) : new Size(1, 5));
        Cv2.MorphologyEx(found, found, MorphTypes.Close, bridge);
        using var target = ruleInk[Band(reach)];
        target.SetTo(Scalar.All(0), found);
    }
}
