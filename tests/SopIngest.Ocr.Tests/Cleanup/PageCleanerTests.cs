using OpenCvSharp;
using SopIngest.Ocr.Cleanup;

namespace SopIngest.Ocr.Tests.Cleanup;

public sealed class PageCleanerTests
{
    [Fact]
    public void Clean_FindsTableRules_AndLiftsThemOutOfTheTextImage()
    {
        using var image = TestImages.Table("JUDUL", [["No", "Kegiatan"], ["1", "Menerima"]]);

        using var clean = new PageCleaner(CleanupOptions.Default).Clean(image, 300);

        Assert.Equal(3, clean.Rulings.Count(r => r.Horizontal && r.Length > 900));
        Assert.Equal(3, clean.Rulings.Count(r => !r.Horizontal && r.Length > 200));
        // The middle of the top rule is ink on the binary page and blank in the text image.
        var y = clean.Rulings.Where(r => r.Horizontal).Min(r => r.Position);
        Assert.True(clean.Binary.At<byte>((int)y, 600) < 128);
        Assert.Equal(255, clean.TextOnly.At<byte>((int)y, 600));
    }

    [Fact]
    public void Clean_KeepsAFullStopAfterALetter_AndDropsALoneSpeck()
    {
        using var page = new Mat(600, 1000, MatType.CV_8UC1, Scalar.All(255));
        var baseline = 200;
        Cv2.PutText(page, "SEK", new Point(100, baseline), HersheyFonts.HersheySimplex, 1.0, Scalar.All(0), 2, LineTypes.AntiAlias);
        var end = 100 + Cv2.GetTextSize("SEK", HersheyFonts.HersheySimplex, 1.0, 2, out _).Width;
        var stop = new Rect(end + 3, baseline - 2, 3, 3);
        var speck = new Rect(600, 400, 3, 3);
        page[stop].SetTo(Scalar.All(0));
        page[speck].SetTo(Scalar.All(0));

        using var clean = new PageCleaner(CleanupOptions.Default with { DetectOrientation = false, MaxSkewDegrees = 0 }).Clean(page, 300);

        Assert.True(clean.Binary.At<byte>(stop.Y + 1, stop.X + 1) < 128, "the full stop is kept");
        Assert.Equal(255, clean.Binary.At<byte>(speck.Y + 1, speck.X + 1));
    }

    [Fact]
    public void Binarise_FlattensUnevenLight()
    {
        // A page darkening from left to right, with the same grey text on both sides.
        using var page = new Mat(400, 1200, MatType.CV_8UC1);
        for (var x = 0; x < page.Width; x++) page.ColRange(x, x + 1).SetTo(Scalar.All(250 - x / 8));
        Cv2.PutText(page, "TERANG", new Point(50, 200), HersheyFonts.HersheyDuplex, 2, Scalar.All(60), 4);
        Cv2.PutText(page, "GELAP", new Point(850, 200), HersheyFonts.HersheyDuplex, 2, Scalar.All(60), 4);

        using var binary = PageCleaner.Binarise(page, 300, denoise: true, out var flat, out var unfiltered);
        unfiltered.Dispose();
        flat.Dispose();

        // Background everywhere is white; both words keep their ink.
        Assert.Equal(255, binary.At<byte>(350, 1150));
        Assert.Equal(255, binary.At<byte>(350, 30));
        using var left = binary[new Rect(40, 140, 300, 80)];
        using var right = binary[new Rect(840, 140, 300, 80)];
        Assert.InRange(left.Total() - Cv2.CountNonZero(left), 1500, 20000);
        Assert.InRange(right.Total() - Cv2.CountNonZero(right), 1500, 20000);
    }
}
