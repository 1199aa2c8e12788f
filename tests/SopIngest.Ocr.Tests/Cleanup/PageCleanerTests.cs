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
