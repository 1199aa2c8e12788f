using OpenCvSharp;
using SopIngest.Ocr.Cleanup;

namespace SopIngest.Ocr.Tests.Cleanup;

public sealed class SignatureStrokesTests
{
    private static readonly CleanupOptions Options = CleanupOptions.Default with { MaxSkewDegrees = 0, DetectOrientation = false };

    [Fact]
    public void Clean_TakesASignatureOutOfTheTextImage_AndKeepsTheTextAboveAndBelow()
    {
        using var page = Approval();
        var signature = new[] { new Point(100, 250), new Point(130, 200), new Point(160, 270), new Point(190, 200), new Point(220, 270),
            new Point(250, 200), new Point(280, 270), new Point(310, 205), new Point(340, 265), new Point(370, 230) };
        Cv2.Polylines(page, [Smooth(signature)], false, Scalar.All(50), 3, LineTypes.AntiAlias);

        using var clean = new PageCleaner(Options).Clean(page, 300);

        Assert.Equal(0, Ink(clean.TextOnly, new Rect(90, 190, 300, 90)));
        Assert.True(Ink(clean.Binary, new Rect(90, 190, 300, 90)) > 500, "the binary page keeps the signature");
        Assert.True(Ink(clean.TextOnly, new Rect(30, 60, 900, 70)) > 2000, "the position above is kept");
        Assert.True(Ink(clean.TextOnly, new Rect(30, 320, 900, 70)) > 2000, "the name below is kept");
    }

    [Fact]
    public void Clean_KeepsAnElbowConnector_WhichIsNoHandwriting()
    {
        // Each leg shorter than a rule (0.3 in), so only the handwriting check could take it out.
        using var page = Approval();
        Cv2.Polylines(page, [[new Point(100, 200), new Point(180, 200), new Point(180, 270), new Point(260, 270)]], false, Scalar.All(50), 3);

        using var clean = new PageCleaner(Options).Clean(page, 300);

        Assert.True(Ink(clean.TextOnly, new Rect(90, 190, 180, 90)) > 500, "the connector is kept");
    }

    /// <summary>A position line and a name line with room for a signature between them, 300 dpi.</summary>
    private static Mat Approval()
    {
        var page = new Mat(480, 1300, MatType.CV_8UC1, Scalar.All(255));
        Cv2.PutText(page, "Kepala Dinas Koperasi, Tenaga Kerja", new Point(40, 110), HersheyFonts.HersheyDuplex, 1.5, Scalar.All(25), 3, LineTypes.AntiAlias);
        Cv2.PutText(page, "Dra. Sisilia Sona", new Point(40, 370), HersheyFonts.HersheyDuplex, 1.5, Scalar.All(25), 3, LineTypes.AntiAlias);
        return page;
    }

    /// <summary>The points joined by a curve through their midpoints, as a pen draws.</summary>
    private static Point[] Smooth(Point[] points)
    {
        var curve = new List<Point>();
        for (var i = 1; i < points.Length - 1; i++)
        {
            Point from = Mid(points[i - 1], points[i]), to = Mid(points[i], points[i + 1]);
            for (var t = 0.0; t <= 1; t += 0.05)
                curve.Add(new Point(
                    (1 - t) * (1 - t) * from.X + 2 * (1 - t) * t * points[i].X + t * t * to.X,
                    (1 - t) * (1 - t) * from.Y + 2 * (1 - t) * t * points[i].Y + t * t * to.Y));
        }
        return [.. curve];
    }

    private static Point Mid(Point a, Point b) => new((a.X + b.X) / 2, (a.Y + b.Y) / 2);

    private static int Ink(Mat image, Rect region)
    {
        using var roi = image[region];
        using var dark = new Mat();
        Cv2.Compare(roi, Scalar.All(160), dark, CmpTypes.LT);
        return Cv2.CountNonZero(dark);
    }
}
