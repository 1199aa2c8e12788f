using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Ocr.Cleanup;
using SopIngest.Ocr.Recognition;
using SopIngest.Ocr.Tesseract;

namespace SopIngest.Ocr.Tests.Cleanup;

public sealed class StampInkTests
{
    private const int Dpi = 300;

    [Theory]
    [InlineData(115)]
    [InlineData(150)]
    [InlineData(185)]
    public void Remove_WhitensALighterRingAndItsLetters_AndKeepsTheTextItCrosses(int stampTone)
    {
        using var text = ApprovalText(ink: 25);
        using var stamp = Stamp(text.Size(), new Point(520, 230), stampTone);
        using var page = new Mat();
        Cv2.Min(text, stamp, page);
        using var binary = Binary(page);

        var rings = StampInk.Remove(page, binary, Dpi);

        var ring = Assert.Single(rings);
        Assert.InRange(ring.Centre.DistanceTo(new Point(520, 230)), 0, 10);
        // The stamp's own ink (where no text is) is gone…
        using var stampOnly = new Mat();
        Cv2.Compare(stamp, Scalar.All(230), stampOnly, CmpTypes.LT);
        stampOnly.SetTo(Scalar.All(0), Dilated(text, 6));
        Assert.True(LeftOf(page, stampOnly) < 0.03, $"{LeftOf(page, stampOnly):P1} of the stamp's ink left");
        // …and every dark pixel of the text is untouched.
        Assert.Equal(0, LightenedText(text, page, darkerThan: 100));
    }

    [Fact]
    public void Remove_OnAColourScan_AlsoWhitensTheStampBesideLetters_AndKeepsTheLettersUnderIt()
    {
        using var text = ApprovalText(ink: 25);
        using var stamp = Stamp(text.Size(), new Point(520, 230), 150);
        using var scan = VioletOver(text, stamp);
        var (grey, chroma) = PageColour.Split(scan.Clone());
        using var page = grey;
        using var colour = chroma!;
        using var greyOnly = page.Clone();
        using var binary = Binary(page);

        StampInk.Remove(greyOnly, binary, Dpi);
        StampInk.Remove(page, binary, Dpi, chroma: colour);

        // The stamp's ink within a few pixels of a letter: kept, as a letter's soft edge, when only grey is known.
        using var beside = new Mat();
        Cv2.Compare(stamp, Scalar.All(230), beside, CmpTypes.LT);
        using (var letters = Dilated(text, 0)) beside.SetTo(Scalar.All(0), letters);
        using (var far = Dilated(text, 3))
        {
            Cv2.BitwiseNot(far, far);
            beside.SetTo(Scalar.All(0), far);
        }
        Assert.True(LeftOf(page, beside) < LeftOf(greyOnly, beside) / 3,
            $"colour left {LeftOf(page, beside):P1} of the stamp beside letters, grey alone {LeftOf(greyOnly, beside):P1}");
        // The letters' dark cores, under the stamp or not, are untouched.
        Assert.Equal(0, LightenedText(text, page, darkerThan: 60));
    }

    [Fact]
    public void Recognize_ReadsTheNipAndNameThroughTheStamp()
    {
        using var text = ApprovalText(ink: 25);
        using var stamp = Stamp(text.Size(), new Point(520, 230), 150);
        var page = new Mat();
        Cv2.Min(text, stamp, page);
        using var image = new PageImage(1, page, Dpi, 1);

        // A strip this small is no page to tell which way up it is from.
        using var engine = new TesseractOcrEngine(TesseractOptions.Default, CleanupOptions.Default with { DetectOrientation = false, MaxSkewDegrees = 0 });

        var read = string.Join("\n", engine.Recognize(image).Layout.Blocks.OfType<TextLine>().Select(l => l.Text));

        Assert.Contains("NIP. 19600131 198603 2 009", read);
        Assert.Contains("Dra. Sisilia Sona", read);
    }

    [Fact]
    public void Recognize_ReadsTheApprovalThroughAVioletStamp_WithItsColourKept()
    {
        // The ring's lowest stretch meets the NIP's digits: whitening coloured ink beside letters must leave them whole.
        using var text = ApprovalText(ink: 25);
        using var stamp = Stamp(text.Size(), new Point(560, 254), 150);
        using var image = PageImage.FromDecoded(1, VioletOver(text, stamp), Dpi, 1);
        Assert.NotNull(image.Chroma);
        using var engine = new TesseractOcrEngine(TesseractOptions.Default, CleanupOptions.Default with { DetectOrientation = false, MaxSkewDegrees = 0 });

        var read = string.Join("\n", engine.Recognize(image).Layout.Blocks.OfType<TextLine>().Select(l => l.Text));

        Assert.Contains("NIP. 19600131 198603 2 009", read);
        Assert.Contains("Dra. Sisilia Sona", read);
    }

    [Fact]
    public void Remove_LeavesAPageAlone_WhenItsOnlyLightInkIsFaintText()
    {
        // A blurred low-resolution scan of thin grey print: every stroke is as light as a stamp would be.
        using var page = new Mat(600, 1600, MatType.CV_8UC1, Scalar.All(255));
        string[] lines = ["Memerintahkan analis perencanaan dan pelaporan", "untuk mengumpulkan bahan penyusunan LKIP Dinas",
            "Koperasi, Tenaga Kerja dan Transmigrasi. 0 O o Q 8", "NIP. 19600131 198603 2 009 OOOO 0000"];
        for (var i = 0; i < lines.Length; i++)
            Cv2.PutText(page, lines[i], new Point(30, 90 + i * 120), HersheyFonts.HersheySimplex, 1.3, Scalar.All(140), 1, LineTypes.AntiAlias);
        Cv2.Circle(page, new Point(1450, 480), 40, Scalar.All(140), 1, LineTypes.AntiAlias);
        Cv2.GaussianBlur(page, page, new Size(3, 3), 0.9);
        using var before = page.Clone();
        using var binary = Binary(page);

        var rings = StampInk.Remove(page, binary, 150);

        Assert.Empty(rings);
        Assert.Equal(0, Cv2.Norm(before, page, NormTypes.L1));
    }

    /// <summary>Three lines of an approval cell in dark ink, 300 dpi.</summary>
    private static Mat ApprovalText(int ink)
    {
        var page = new Mat(480, 1300, MatType.CV_8UC1, Scalar.All(255));
        string[] lines = ["Kepala Dinas Koperasi, Tenaga Kerja", "Dra. Sisilia Sona", "NIP. 19600131 198603 2 009"];
        int[] ys = [110, 330, 400];
        for (var i = 0; i < lines.Length; i++)
            Cv2.PutText(page, lines[i], new Point(40, ys[i]), HersheyFonts.HersheyDuplex, 1.5, Scalar.All(ink), 3, LineTypes.AntiAlias);
        return page;
    }

    /// <summary>A round office stamp in one lighter tone: two rings, lettering between them, a bar across.</summary>
    private static Mat Stamp(Size size, Point centre, int tone)
    {
        var stamp = new Mat(size, MatType.CV_8UC1, Scalar.All(255));
        Cv2.Circle(stamp, centre, 125, Scalar.All(tone), 6, LineTypes.AntiAlias);
        Cv2.Circle(stamp, centre, 88, Scalar.All(tone), 6, LineTypes.AntiAlias);
        const string letters = "DINAS KOPERASI TENAGA KERJA";
        for (var i = 0; i < letters.Length; i++)
        {
            var angle = -Math.PI * 0.9 + i * 1.8 * Math.PI / letters.Length;
            var at = new Point(centre.X + 100 * Math.Cos(angle) - 8, centre.Y + 100 * Math.Sin(angle) + 8);
            Cv2.PutText(stamp, letters[i].ToString(), at, HersheyFonts.HersheySimplex, 0.6, Scalar.All(tone), 2, LineTypes.AntiAlias);
        }
        Cv2.Line(stamp, new Point(centre.X - 60, centre.Y), new Point(centre.X + 60, centre.Y), Scalar.All(tone), 6, LineTypes.AntiAlias);
        return stamp;
    }

    /// <summary>A colour scan (BGR) of the stamp printed in violet over black text: as ink on paper mixes, the channels multiply.</summary>
    private static Mat VioletOver(Mat text, Mat stamp)
    {
        using var violet = Violet(stamp);
        using var textBgr = text.CvtColor(ColorConversionCodes.GRAY2BGR);
        var scan = new Mat();
        Cv2.Multiply(textBgr, violet, scan, 1 / 255.0);
        return scan;
    }

    /// <summary>The grey stamp as violet ink (BGR): its darkness laid on each channel in violet's proportions.</summary>
    private static Mat Violet(Mat stamp)
    {
        using var depth = new Mat();
        Cv2.Subtract(Scalar.All(255), stamp, depth);
        using var b = new Mat();
        using var g = new Mat();
        using var r = new Mat();
        Cv2.Subtract(Scalar.All(255), depth * 0.45, b);
        Cv2.Subtract(Scalar.All(255), depth * 1.3, g);
        Cv2.Subtract(Scalar.All(255), depth * 0.85, r);
        var violet = new Mat();
        Cv2.Merge([b, g, r], violet);
        return violet;
    }

    private static Mat Binary(Mat page)
    {
        var binary = new Mat();
        Cv2.Threshold(page, binary, 0, 255, ThresholdTypes.Binary | ThresholdTypes.Otsu);
        return binary;
    }

    private static Mat Dilated(Mat text, int by)
    {
        using var ink = new Mat();
        Cv2.Compare(text, Scalar.All(230), ink, CmpTypes.LT);
        return ink.Dilate(Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(2 * by + 1, 2 * by + 1)));
    }

    /// <summary>How many of the text's pixels darker than <paramref name="darkerThan"/> are no longer dark on the page.</summary>
    private static int LightenedText(Mat text, Mat page, int darkerThan)
    {
        using var textInk = new Mat();
        Cv2.Compare(text, Scalar.All(darkerThan), textInk, CmpTypes.LT);
        using var changed = new Mat();
        Cv2.Compare(page, Scalar.All(100), changed, CmpTypes.GE);
        Cv2.BitwiseAnd(changed, textInk, changed);
        return Cv2.CountNonZero(changed);
    }

    /// <summary>Share of the masked pixels still darker than paper.</summary>
    private static double LeftOf(Mat page, Mat mask)
    {
        using var ink = new Mat();
        Cv2.Compare(page, Scalar.All(230), ink, CmpTypes.LT);
        Cv2.BitwiseAnd(ink, mask, ink);
        return Cv2.CountNonZero(ink) / (double)Math.Max(1, Cv2.CountNonZero(mask));
    }
}
