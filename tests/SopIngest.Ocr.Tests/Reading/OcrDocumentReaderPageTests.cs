using OpenCvSharp;
using SopIngest.Core.Json;
using SopIngest.Core.Layout;
using SopIngest.Extraction.Reading;
using SopIngest.Ocr.Reading;

namespace SopIngest.Ocr.Tests.Reading;

/// <summary>
/// Reading page by page (one background job per page) must give what reading the whole document gives, and
/// touch only the page asked for.
/// </summary>
public sealed class OcrDocumentReaderPageTests : IDisposable
{
    private readonly TestFiles _files = new();

    [Theory]
    [InlineData("synth-1-000.pdf")]
    [InlineData("synth-1-008-digital.pdf")]
    public void OpenPages_OfARealScanSetPdf_GivesEachPageAsTheWholeReadDoes(string file)
    {
        var path = Repo.Path("corpus", "scans", file);
        using var reader = new OcrDocumentReader(new CountingEngineFactory());
        var whole = reader.Read(path);

        using var pages = reader.OpenPages(path);

        Assert.Equal(whole.Pages.Count, pages.PageCount);
        // Last page first: a page needs nothing read before it.
        foreach (var number in Enumerable.Range(1, pages.PageCount).Reverse())
            Assert.Equal(SopJson.Serialize(whole.Pages[number - 1]), SopJson.Serialize(pages.ReadPage(number)));
    }

    [Fact]
    public void ReadPage_OcrsOnlyThePageAskedFor()
    {
        var engines = new CountingEngineFactory();
        using var reader = new OcrDocumentReader(engines);
        using var pages = reader.OpenPages(Repo.Path("corpus", "scans", "synth-1-003.pdf"));

        var page = pages.ReadPage(5);

        Assert.Equal(6, pages.PageCount);
        Assert.Equal(5, page.Number);
        Assert.Equal(1, engines.Pages);
        Assert.True(engines.AllDisposed, "the page image is released once read");
    }

    [Fact]
    public void OpenPages_ZipOfImagesAndPdf_NumbersPagesInNameOrder_AndReadsTheTextLayerWithoutOcr()
    {
        using var image = TestImages.TextLine("HALAMAN", width: 400);
        var pdf = TestFiles.Pdf(new PdfTestPage(null, "PEMERINTAH KOTA BONTANG", "Nomor SOP : 067/1/001"));
        var path = _files.Zip("arsip.zip", ("b/2.jpg", TestFiles.Jpeg(image)), ("a/1.png", TestFiles.Png(image)), ("c/3.pdf", pdf));
        var engines = new CountingEngineFactory();
        using var reader = new OcrDocumentReader(engines);
        using var pages = reader.OpenPages(path);

        var third = pages.ReadPage(3);

        Assert.Equal(3, pages.PageCount);
        Assert.Equal(0, engines.Pages);
        Assert.Equal(3, third.Number);
        Assert.Contains("PEMERINTAH KOTA BONTANG", string.Join("\n", third.Blocks.OfType<TextLine>().Select(l => l.Text)));
    }

    [Fact]
    public void ReadPage_OfAMultiPageTiff_ReadsThatDirectory()
    {
        using var one = TestImages.TextLine("SATU", width: 500);
        using var two = TestImages.TextLine("DUA", width: 300);
        var temp = Path.Combine(Path.GetTempPath(), $"sopingest-test-{Guid.NewGuid():N}.tif");
        Assert.True(Cv2.ImWrite(temp, [one, two]));
        var bytes = File.ReadAllBytes(temp);
        File.Delete(temp);
        var engines = new CountingEngineFactory();
        using var reader = new OcrDocumentReader(engines);
        using var pages = reader.OpenPages(_files.Write("scan.tif", bytes));

        pages.ReadPage(2);

        Assert.Equal(2, pages.PageCount);
        Assert.Equal([(300, two.Height)], engines.Sizes.Select(s => (s.Width, s.Height)));
    }

    [Fact]
    public void OpenPages_OfADamagedPdf_FailsTheWholeDocumentWithItsReason()
    {
        var path = _files.Write("rusak.pdf", "%PDF-1.7\n garbage, no xref, no pages"u8.ToArray());
        using var reader = new OcrDocumentReader(new CountingEngineFactory());

        var e = Assert.Throws<UnreadableDocumentException>(() => reader.OpenPages(path));

        Assert.Contains("rusak.pdf", e.Message);
    }

    public void Dispose() => _files.Dispose();
}
