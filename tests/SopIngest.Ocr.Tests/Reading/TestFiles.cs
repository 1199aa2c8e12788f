using System.IO.Compression;
using OpenCvSharp;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SopIngest.Ocr.Tests.Reading;

/// <summary>Writes test inputs into a per-test folder that is deleted afterwards.</summary>
internal sealed class TestFiles : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("sopingest-ocr-tests-");

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Zip(string name, params (string Entry, byte[] Data)[] entries)
    {
        var path = Path.Combine(_dir.FullName, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, data) in entries)
        {
            using var stream = zip.CreateEntry(entry, CompressionLevel.SmallestSize).Open();
            stream.Write(data);
        }
        return path;
    }

    public static byte[] Png(Mat image) => image.ImEncode(".png");

    public static byte[] Jpeg(Mat image) => image.ImEncode(".jpg", new ImageEncodingParam(ImwriteFlags.JpegQuality, 90));

    /// <summary>A PDF whose pages are, in order: a text layer, or a full-page JPEG scan with an optional (junk) text layer over it.</summary>
    public static byte[] Pdf(params PdfTestPage[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var p in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            if (p.Scan != null) page.AddJpeg(p.Scan, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
            var y = page.PageSize.Height - 80;
            foreach (var line in p.TextLines)
            {
                page.AddText(line, 11, new PdfPoint(60, y), font);
                y -= 18;
            }
        }
        return builder.Build();
    }

    public void Dispose() => _dir.Delete(recursive: true);
}

internal sealed record PdfTestPage(byte[]? Scan, params string[] TextLines);
