using OpenCvSharp;
using SopIngest.Ocr.Cleanup;

namespace SopIngest.Ocr.Tests.Cleanup;

public sealed class FaintRulesTests
{
    [Fact]
    public void Clean_FindsAOnePixelLightGreyRule_OnANoisyShadedBand()
    {
        // A label column shaded grey with a one-pixel rule barely darker than the paper across it, as a
        // 150-dpi scan of a shaded identity table leaves it; scanner noise on top.
        using var page = new Mat(500, 1200, MatType.CV_8UC1, Scalar.All(235));
        page[new Rect(100, 100, 400, 300)].SetTo(Scalar.All(215));
        Cv2.Line(page, new Point(100, 250), new Point(1100, 250), Scalar.All(200), 1);
        AddNoise(page, 8);

        using var clean = new PageCleaner(CleanupOptions.Default with { MaxSkewDegrees = 0, DetectOrientation = false }).Clean(page, 150);

        var rule = Assert.Single(clean.Rulings, r => r.Horizontal && Math.Abs(r.Position - 250) <= 2);
        Assert.InRange(rule.Start, 95, 130);
        Assert.InRange(rule.End, 1070, 1105);
    }

    [Fact]
    public void Clean_FindsNoRuleAcrossWords_InBoldSerifText()
    {
        using var page = new Mat(500, 1400, MatType.CV_8UC1, Scalar.All(240));
        string[] lines = ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "Tanggal Pembuatan Tanggal Revisi", "DINAS KOPERASI TENAGA KERJA"];
        for (var i = 0; i < lines.Length; i++)
            Cv2.PutText(page, lines[i], new Point(40, 120 + i * 110), HersheyFonts.HersheyTriplex, 1.4, Scalar.All(40), 3, LineTypes.AntiAlias);
        AddNoise(page, 8);

        using var clean = new PageCleaner(CleanupOptions.Default with { MaxSkewDegrees = 0, DetectOrientation = false }).Clean(page, 150);

        // The heavy serifs of one word can join into a run as long as the shortest rule (0.3 in); a rule
        // running on across the gaps between words would be a false table line.
        Assert.All(clean.Rulings, r => Assert.True(r.Length < 0.6 * 150, $"a {r.Length}-pixel rule at y {r.Position}"));
    }

    /// <summary>Gaussian noise from a seeded generator: OpenCV's shared one gives each run other noise, as tests run in any order.</summary>
    private static void AddNoise(Mat page, double sigma)
    {
        using var noise = new Mat(page.Size(), MatType.CV_16SC1);
        new RNG(8).Fill(noise, DistributionType.Normal, Scalar.All(0), Scalar.All(sigma));
        using var wide = new Mat();
        page.ConvertTo(wide, MatType.CV_16SC1);
        Cv2.Add(wide, noise, wide);
        wide.ConvertTo(page, MatType.CV_8UC1);
    }
}
