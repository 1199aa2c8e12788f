using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace SopIngest.Synth.Writing;

/// <summary>An image-only PDF, one JPEG page image per page, sized in points like the printed page.</summary>
internal static class ImagePdfWriter
{
    public static byte[] Write(IReadOnlyList<(byte[] Jpeg, double Width, double Height)> pages)
    {
        using var builder = new PdfDocumentBuilder();
        foreach (var (jpeg, width, height) in pages)
        {
            var page = builder.AddPage(width, height);
            page.AddJpeg(jpeg, new PdfRectangle(0, 0, width, height));
        }
        return builder.Build();
    }
}
