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
        {
            using var ridge = Ridge(flat, horizontal, along, reach);
            ruleInk.SetTo(Scalar.All(0), ridge);
        }
    }

    private static Mat Ridge(Mat flat, bool horizontal, int along, int reach)
    {
        using var smooth = new Mat();
        using (var wide = new Mat())
        {
            flat.ConvertTo(wide, MatType.CV_16SC1);
            Cv2.Blur(wide, smooth, horizontal ? new Size(along, 1) : new Size(1, along));
        }
        using var before = Shifted(smooth, horizontal, reach);
        using var after = Shifted(smooth, horizontal, -reach);
        using var side = new Mat();
        Cv2.Min(before, after, side);
        using var blank = new Mat();
        Cv2.Compare(side, Scalar.All(BlankLevel), blank, CmpTypes.GE);
        using var contrast = new Mat();
        Cv2.Subtract(side, smooth, contrast);
        var ridge = new Mat();
        Cv2.Compare(contrast, Scalar.All(MinContrast), ridge, CmpTypes.GE);
        Cv2.BitwiseAnd(ridge, blank, ridge);
        using var darker = new Mat();
        Cv2.Compare(flat, Scalar.All(MaxRulePixel), darker, CmpTypes.LT);
        Cv2.BitwiseAnd(ridge, darker, ridge);
        // Scanner noise lifts a pixel of a faint rule above paper here and there; a rule is an unbroken run.
        using var bridge = Cv2.GetStructuringElement(MorphShapes.Rect, horizontal ? new Size(5, 1) : new Size(1, 5));
        Cv2.MorphologyEx(ridge, ridge, MorphTypes.Close, bridge);
        return ridge;
    }

    /// <summary>The image moved by <paramref name="by"/> pixels across the rule direction, white coming in at the edge.</summary>
    private static Mat Shifted(Mat image, bool horizontal, int by)
    {
        var shifted = new Mat(image.Size(), image.Type(), Scalar.All(255));
        var n = Math.Abs(by);
        if (horizontal ? n >= image.Height : n >= image.Width) return shifted;
        Rect Band(int offset) => horizontal
            ? new Rect(0, offset, image.Width, image.Height - n)
            : new Rect(offset, 0, image.Width - n, image.Height);
        using var from = image[Band(by > 0 ? 0 : n)];
        using var to = shifted[Band(by > 0 ? n : 0)];
        from.CopyTo(to);
        return shifted;
    }
}
