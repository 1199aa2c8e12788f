using SopIngest.Exports.SearchablePdf;
using SopIngest.Storage.Store;

namespace SopIngest.Web.Review;

/// <summary>
/// A document as a searchable PDF: each page with a stored layout, its image at print resolution, and the
/// layout's words as an invisible text layer. Null when the document has no stored layout (nothing to search).
/// </summary>
public sealed class SearchablePdfs(PageLayoutQueries layouts, PageImages images, SearchablePdfExporter exporter)
{
    /// <summary>Image pages are scaled so their long side is an A4 page's (layouts of images are in pixels).</summary>
    private const double A4LongSide = 842;

    public byte[]? For(long documentId, string sha256, string kind)
    {
        var pages = new List<SearchablePage>();
        foreach (var (number, layout) in layouts.Pages(documentId).OrderBy(p => p.Key))
        {
            if (images.ForExport(sha256, kind, number) is not { } image)
                continue;
            var format = image.ContentType == "image/jpeg" ? ScanImageFormat.Jpeg : ScanImageFormat.Png;
            var longSide = Math.Max(layout.Width, layout.Height);
            var scale = kind == "pdf" || longSide <= 0 ? 1 : A4LongSide / longSide;
            pages.Add(new SearchablePage(File.ReadAllBytes(image.Path), format, layout, scale));
        }
        return pages.Count == 0 ? null : exporter.Export(pages);
    }
}
