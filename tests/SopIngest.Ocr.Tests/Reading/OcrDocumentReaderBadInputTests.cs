using System.Buffers.Binary;
using OpenCvSharp;
using SopIngest.Extraction.Reading;
using SopIngest.Ocr.Reading;

namespace SopIngest.Ocr.Tests.Reading;

public sealed class OcrDocumentReaderBadInputTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CountingEngineFactory _engines = new();

    private string ReadFails(string path, OcrReaderOptions? options = null)
    {
        using var reader = new OcrDocumentReader(_engines, options);
        return Assert.Throws<UnreadableDocumentException>(() => reader.Read(path)).Message;
    }

    [Fact]
    public void Read_RefusesEmptyFile()
    {
        Assert.Contains("empty", ReadFails(_files.Write("blank.png", [])));
    }

    [Fact]
    public void Read_RefusesCorruptPng_WithValidHeader()
    {
        using var image = TestImages.TextLine("RUSAK", width: 400);
        var png = TestFiles.Png(image);
        var corrupt = png[..40].Concat(Enumerable.Repeat((byte)0x5A, 300)).ToArray();

        var message = ReadFails(_files.Write("rusak.png", corrupt));

        Assert.Contains("corrupt or truncated", message);
        Assert.Contains("rusak.png", message);
    }

    [Fact]
    public void Read_RefusesJpegWithoutFrameHeader()
    {
        Assert.Contains("corrupt or truncated", ReadFails(_files.Write("cut.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46])));
    }

    [Fact]
    public void Read_RefusesHugeImage_FromItsHeader_BeforeDecoding()
    {
        // Only the header of a 30000×30000 PNG: decoding it would need 900 MB; the size alone must refuse it.
        var png = new byte[64];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 }.CopyTo(png, 0);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 30000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 30000);
        png[24] = 8;

        var message = ReadFails(_files.Write("besar.png", png));

        Assert.Contains("30000×30000", message);
        Assert.Contains("above the limit", message);
        Assert.Equal(0, _engines.Pages);
    }

    [Fact]
    public void Read_PixelLimitIsConfigurable()
    {
        using var image = TestImages.TextLine("KECIL", width: 400, height: 100);
        var path = _files.Write("kecil.png", TestFiles.Png(image));

        Assert.Contains("above the limit", ReadFails(path, new OcrReaderOptions { MaxPixels = 10_000 }));
    }

    [Fact]
    public void Read_RefusesEncryptedPdf()
    {
        Assert.Contains("encrypted", ReadFails(_files.Write("locked.pdf", MinimalPdf.Encrypted())));
    }

    [Fact]
    public void Read_RefusesUnknownType()
    {
        var path = _files.Write("notes.docx", "just some text, not a page"u8.ToArray());
        using var reader = new OcrDocumentReader(_engines);

        Assert.False(reader.CanRead("notes.docx", File.ReadAllBytes(path).AsSpan(0, 16)));
        Assert.Contains("not a PDF, TIFF, PNG, JPEG or ZIP", ReadFails(path));
    }

    [Fact]
    public void Read_RefusesZipWithClimbingPath()
    {
        using var image = TestImages.TextLine("HALAMAN", width: 400);
        var path = _files.Zip("evil.zip", ("scans/../../etc/evil.png", TestFiles.Png(image)));

        var message = ReadFails(path);

        Assert.Contains("unsafe path", message);
        Assert.Equal(0, _engines.Pages);
    }

    [Fact]
    public void Read_RefusesZipBomb()
    {
        var path = _files.Zip("bomb.zip", ("page.png", new byte[4 << 20]));

        Assert.Contains("ZIP bomb", ReadFails(path));
    }

    [Fact]
    public void Read_RefusesZipEntryAboveSizeLimit()
    {
        using var image = TestImages.TextLine("HALAMAN", width: 400);
        var path = _files.Zip("big.zip", ("page.png", TestFiles.Png(image)));

        Assert.Contains("MiB limit", ReadFails(path, new OcrReaderOptions { MaxZipEntryBytes = 100 }));
    }

    [Fact]
    public void Read_RefusesZipWithoutPages()
    {
        Assert.Contains("holds no PDF", ReadFails(_files.Zip("docs.zip", ("readme.txt", "hello"u8.ToArray()))));
    }

    [Fact]
    public void Read_RefusesDamagedZip()
    {
        Assert.Contains("damaged", ReadFails(_files.Write("cut.zip", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9])));
    }

    [Fact]
    public void Read_KeepsGoodPages_WhenOnePageOfAZipIsCorrupt()
    {
        using var image = TestImages.TextLine("HALAMAN", width: 400);
        var png = TestFiles.Png(image);
        var path = _files.Zip("mixed.zip", ("1.png", png), ("2.png", png[..40].Concat(new byte[200]).ToArray()), ("3.png", png));
        using var reader = new OcrDocumentReader(_engines);

        var document = reader.Read(path);

        Assert.Equal(3, document.Pages.Count);
        Assert.Empty(document.Pages[1].Blocks);
        Assert.Equal(2, _engines.Pages);
    }

    public void Dispose() => _files.Dispose();
}
