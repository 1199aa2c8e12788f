using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Ocr.Reading;
using SopIngest.Ocr.Tesseract;

namespace SopIngest.Ocr.Tests.Reading;

public sealed class OcrDocumentReaderInputTests : IDisposable
{
    private readonly TestFiles _files = new();

    [Fact]
    public void Read_StreamsA500PagePdf_WithFewPageImagesAlive()
    {
        using var scan = new Mat(700, 500, MatType.CV_8UC1, Scalar.All(255));
        Cv2.PutText(scan, "HALAMAN", new Point(40, 100), HersheyFonts.HersheyDuplex, 1, Scalar.All(0), 2);
        var jpeg = TestFiles.Jpeg(scan);
        var path = _files.Write("tebal.pdf", TestFiles.Pdf(Enumerable.Range(0, 500).Select(_ => new PdfTestPage(jpeg)).ToArray()));
        var engines = new CountingEngineFactory(workers: 2);
        using var reader = new OcrDocumentReader(engines);

        var document = reader.Read(path);

        Assert.Equal(500, document.Pages.Count);
        Assert.Equal(Enumerable.Range(1, 500), document.Pages.Select(p => p.Number));
        Assert.Equal(500, engines.Pages);
        Assert.InRange(engines.MaxAlive, 1, 2);
        Assert.True(engines.AllDisposed, "every page image is released once read");
        // Embedded JPEG taken as is: its own pixels, its resolution from the page size.
        Assert.All(engines.Sizes, s => Assert.Equal((500, 700), (s.Width, s.Height)));
        Assert.InRange(document.Pages[0].Width, 590, 610);
    }

    [Fact]
    public void Read_MultiPageTiff_GivesOnePagePerDirectory()
    {
        using var one = TestImages.TextLine("SATU", width: 500);
        using var two = TestImages.TextLine("DUA", width: 500);
        var temp = Path.Combine(Path.GetTempPath(), $"sopingest-test-{Guid.NewGuid():N}.tif");
        Assert.True(Cv2.ImWrite(temp, [one, two]));
        var bytes = File.ReadAllBytes(temp);
        File.Delete(temp);
        var engines = new CountingEngineFactory();
        using var reader = new OcrDocumentReader(engines);

        var document = reader.Read(_files.Write("scan.tif", bytes));

        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(2, engines.Pages);
    }

    [Fact]
    public void Read_ZipOfImagesAndPdf_InNameOrder()
    {
        using var image = TestImages.TextLine("HALAMAN", width: 400);
        var pdf = TestFiles.Pdf(new PdfTestPage(null, "PEMERINTAH KOTA BONTANG", "Nomor SOP : 067/1/001"));
        var path = _files.Zip("arsip.zip", ("b/2.jpg", TestFiles.Jpeg(image)), ("a/1.png", TestFiles.Png(image)), ("c/3.pdf", pdf),
            ("__MACOSX/._1.png", [1, 2, 3]));
        var engines = new CountingEngineFactory();
        using var reader = new OcrDocumentReader(engines);

        var document = reader.Read(path);

        Assert.Equal(3, document.Pages.Count);
        Assert.Equal(2, engines.Pages);
        Assert.Contains("PEMERINTAH KOTA BONTANG", string.Join("\n", document.Pages[2].Blocks.OfType<TextLine>().Select(l => l.Text)));
    }

    [Fact]
    public void Read_MixedPdf_ReadsTextLayer_OcrsScan_AndReOcrsJunkLayer()
    {
        using var scan = ScanPage("SURAT PERMOHONAN", "DISPOSISI KEPALA");
        var jpeg = TestFiles.Jpeg(scan);
        var path = _files.Write("campur.pdf", TestFiles.Pdf(
            new PdfTestPage(null, "PEMERINTAH KOTA BONTANG", "DINAS KETENAGAKERJAAN"),
            new PdfTestPage(jpeg),
            new PdfTestPage(jpeg, "Ke9a1a", "D1n@$$", "#%&lI1|", "Sx1rt", "Pq7", "rrnnvv")));
        using var reader = new OcrDocumentReader(new TesseractOcrEngineFactory(workers: 1));

        var document = reader.Read(path);

        Assert.Equal(3, document.Pages.Count);
        var text = document.Pages.Select(p => string.Join(" ", p.Blocks.OfType<TextLine>().Select(l => l.Text))).ToList();
        Assert.Equal("PEMERINTAH KOTA BONTANG DINAS KETENAGAKERJAAN", text[0]);
        Assert.All(document.Pages[0].Blocks.OfType<TextLine>().SelectMany(l => l.Words!), w => Assert.Equal(1, w.Confidence));
        foreach (var page in text[1..])
        {
            Assert.Contains("SURAT PERMOHONAN", page);
            Assert.Contains("DISPOSISI KEPALA", page);
            Assert.DoesNotContain("D1n@", page);
        }
        // OCRed words sit on the page in PDF points, with their confidences.
        var words = document.Pages[1].Blocks.OfType<TextLine>().SelectMany(l => l.Words!).ToList();
        Assert.All(words, w => Assert.InRange(w.Box.Right, 0, 596));
        Assert.All(words, w => Assert.InRange(w.Confidence, 0.3, 1));
    }

    /// <summary>An A4 page at 150 dpi with two lines of large print.</summary>
    internal static Mat ScanPage(params string[] lines)
    {
        var page = new Mat(1754, 1240, MatType.CV_8UC1, Scalar.All(255));
        for (var i = 0; i < lines.Length; i++)
            Cv2.PutText(page, lines[i], new Point(120, 250 + i * 90), HersheyFonts.HersheyDuplex, 1.4, Scalar.All(0), 2, LineTypes.AntiAlias);
        return page;
    }

    public void Dispose() => _files.Dispose();
}
