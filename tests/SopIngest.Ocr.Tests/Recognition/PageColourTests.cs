using OpenCvSharp;
using SopIngest.Ocr.Input;
using SopIngest.Ocr.Reading;
using SopIngest.Ocr.Recognition;
using SopIngest.Ocr.Tests.Reading;

namespace SopIngest.Ocr.Tests.Recognition;

public sealed class PageColourTests
{
    // A violet office stamp and black print, as a scanner gives them (BGR).
    private static readonly Scalar Violet = new(200, 110, 160);
    private static readonly Scalar Print = new(25, 25, 25);

    [Fact]
    public void Split_MeasuresHowColouredEachPixelIs_OnAColourScan()
    {
        using var page = StampedPage();

        var (gray, chroma) = PageColour.Split(page.Clone());
        using var _ = gray;
        using var colour = chroma;

        Assert.NotNull(colour);
        Assert.Equal(200 - 110, colour.At<byte>(50, 150));   // on the stamp's ring
        Assert.Equal(0, colour.At<byte>(20, 20));            // on the print
        Assert.Equal(255, gray.At<byte>(5, 195));            // paper
        Assert.Equal(25, gray.At<byte>(20, 20));
    }

    [Fact]
    public void Split_GivesNoColourPlane_ForAGreyScan_OrGreyStoredAsColour()
    {
        using var grey = new Mat(100, 200, MatType.CV_8UC1, Scalar.All(255));
        grey.Rectangle(new Rect(10, 10, 40, 20), Scalar.All(25), -1);
        using var stored = grey.CvtColor(ColorConversionCodes.GRAY2BGR);
        // JPEG's colour noise on a grey page: a few levels apart between channels.
        using var noise = new Mat(stored.Size(), MatType.CV_8UC3);
        new RNG(12).Fill(noise, DistributionType.Uniform, Scalar.All(0), Scalar.All(12));
        Cv2.Add(stored, noise, stored);

        var (gray1, chroma1) = PageColour.Split(grey.Clone());
        var (gray3, chroma3) = PageColour.Split(stored.Clone());
        using var a = gray1;
        using var b = gray3;

        Assert.Null(chroma1);
        Assert.Null(chroma3);
        Assert.Equal(MatType.CV_8UC1, gray3.Type());
    }

    [Fact]
    public void Split_DropsTheAlphaChannel()
    {
        using var page = StampedPage();
        using var withAlpha = page.CvtColor(ColorConversionCodes.BGR2BGRA);

        var (gray, chroma) = PageColour.Split(withAlpha.Clone());
        using var _ = gray;
        using var colour = chroma;

        Assert.Equal(MatType.CV_8UC1, gray.Type());
        Assert.Equal(200 - 110, colour!.At<byte>(50, 150));
    }

    [Fact]
    public void Split_TakesAJpegsGreyFromItsOwnLuma_WhenTheFileIsAtHand()
    {
        using var page = StampedPage();
        var jpeg = TestFiles.Jpeg(page);
        using var luma = Cv2.ImDecode(jpeg, ImreadModes.Grayscale);

        var (gray, chroma) = PageColour.Split(Cv2.ImDecode(jpeg, ImreadModes.AnyColor), jpeg);
        using var _ = gray;
        using var colour = chroma;

        Assert.NotNull(colour);
        Assert.Equal(0, Cv2.Norm(luma, gray, NormTypes.INF));
    }

    [Theory]
    [InlineData("stempel.png")]
    [InlineData("stempel.jpg")]
    public void ImageFiles_KeepTheirColourPlane(string name)
    {
        using var files = new TestFiles();
        using var page = StampedPage();
        var path = files.Write(name, name.EndsWith(".png") ? TestFiles.Png(page) : TestFiles.Jpeg(page));
        using var scope = new ReadScope();

        var job = Assert.Single(ImagePages.FromFile(path, name, OcrReaderOptions.Default, scope));
        using var image = job.Load(1).Image!;

        Assert.NotNull(image.Chroma);
        Assert.InRange(image.Chroma.At<byte>(50, 150), 60, 120);
    }

    /// <summary>White paper, a block of print, and a violet ring.</summary>
    private static Mat StampedPage()
    {
        var page = new Mat(100, 200, MatType.CV_8UC3, Scalar.All(255));
        page.Rectangle(new Rect(10, 10, 40, 20), Print, -1);
        page.Circle(new Point(150, 80), 30, Violet, 6);
        return page;
    }
}
