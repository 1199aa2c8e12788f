using OpenCvSharp;
using SopIngest.Ocr.Cleanup;

namespace SopIngest.Ocr.Tests.Cleanup;

public sealed class SkewFinderTests
{
    [Theory]
    [InlineData(1.5)]
    [InlineData(-2.7)]
    [InlineData(0)]
    public void Find_ReturnsTheTurnThatLaysTextLinesFlat(double scanned)
    {
        // Rows of word-like bars (ink 255 on 0), as the analysis image shows text lines, turned as a scanner would.
        using var flat = new Mat(700, 900, MatType.CV_8UC1, Scalar.All(0));
        for (var y = 80; y < 640; y += 40)
            for (var x = 60; x < 820; x += 110)
                flat.Rectangle(new Rect(x, y, 90, 12), Scalar.All(255), -1);
        using var m = Cv2.GetRotationMatrix2D(new Point2f(450, 350), scanned, 1);
        using var turned = new Mat();
        Cv2.WarpAffine(flat, turned, m, flat.Size(), InterpolationFlags.Nearest, BorderTypes.Constant, Scalar.All(0));

        var found = SkewFinder.Find(turned, 4);

        Assert.InRange(found, -scanned - 0.15, -scanned + 0.15);
    }
}
