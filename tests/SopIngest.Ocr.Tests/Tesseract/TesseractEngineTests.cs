using OpenCvSharp;
using SopIngest.Ocr.Tesseract;

namespace SopIngest.Ocr.Tests.Tesseract;

public sealed class TesseractEngineTests
{
    [Fact]
    public void Recognize_ReturnsWordsWithBoxesAndConfidences_OnDrawnLine()
    {
        using var image = TestImages.TextLine("KEPALA DINAS 2024");
        using var engine = new TesseractEngine(TesseractOptions.Default);

        var words = engine.Recognize(image, new Rect(0, 0, image.Width, image.Height), 6, 300);

        Assert.Equal(["KEPALA", "DINAS", "2024"], words.Select(w => w.Text));
        Assert.All(words, w => Assert.InRange(w.Confidence, 0.6, 1.0));
        Assert.All(words, w => Assert.InRange(w.Box.Top, 40, 100));
        Assert.True(words[0].Box.Right < words[1].Box.Left && words[1].Box.Right < words[2].Box.Left, "words run left to right");
        Assert.InRange(words[0].Box.Left, 25, 45);
    }

    [Fact]
    public void Recognize_AddsRegionOffset_AndReusesEngineAcrossCalls()
    {
        using var image = TestImages.TextLine("SELESAI", width: 800);
        using var engine = new TesseractEngine(TesseractOptions.Default);

        var whole = engine.Recognize(image, new Rect(0, 0, image.Width, image.Height), 6, 300);
        var cropped = engine.Recognize(image, new Rect(10, 20, 600, 110), 7, 300);

        Assert.Equal("SELESAI", Assert.Single(whole).Text);
        Assert.Equal("SELESAI", Assert.Single(cropped).Text);
        Assert.InRange(Math.Abs(cropped[0].Box.Left - whole[0].Box.Left), 0, 3);
        Assert.InRange(Math.Abs(cropped[0].Box.Top - whole[0].Box.Top), 0, 3);
    }

    [Fact]
    public void RecognizeOnly_ReadsOnlyTheAllowedCharacters_AndLeavesTheNextReadingFree()
    {
        // "2O10" with a letter O: held to digits the engine must give a digit there.
        using var digits = TestImages.TextLine("19670921 2O1008 1 009");
        using var words = TestImages.TextLine("KEPALA DINAS");
        using var engine = new TesseractEngine(TesseractOptions.Default);

        var number = engine.RecognizeOnly("0123456789 ", digits, new Rect(0, 0, digits.Width, digits.Height), 300);
        var after = engine.Recognize(words, new Rect(0, 0, words.Width, words.Height), 6, 300);

        Assert.All(number, w => Assert.True(w.Text.All(char.IsAsciiDigit), w.Text));
        Assert.Equal(18, string.Concat(number.Select(w => w.Text)).Length);
        Assert.Equal(["KEPALA", "DINAS"], after.Select(w => w.Text));
    }

    [Fact]
    public void Recognize_ReturnsNoWords_ForBlankImage()
    {
        using var blank = new Mat(200, 400, MatType.CV_8UC1, Scalar.All(255));
        using var engine = new TesseractEngine(TesseractOptions.Default);

        Assert.Empty(engine.Recognize(blank, new Rect(0, 0, 400, 200), 6, 300));
    }

    [Fact]
    public void Constructor_Throws_ForMissingLanguage()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new TesseractEngine(TesseractOptions.Default with { Languages = "xyz" }));
        Assert.Contains("xyz", e.Message);
    }
}
