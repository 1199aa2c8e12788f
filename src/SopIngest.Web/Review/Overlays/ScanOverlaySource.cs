using SopIngest.Core.Records;
using SopIngest.Storage.Store;

namespace SopIngest.Web.Review.Overlays;

/// <summary>
/// The overlays of a record's scan from its document's stored page layouts. A document without stored
/// layouts (a text export, or one read before layouts were kept) has none, and the page image shows alone.
/// </summary>
public sealed class ScanOverlaySource(PageLayoutQueries layouts)
{
    public ScanOverlays For(long documentId, SopRecord record)
    {
        var pages = layouts.Pages(documentId)
            .Where(p => p.Key >= record.Pages.First && p.Key <= record.Pages.Last)
            .OrderBy(p => p.Key).Select(p => p.Value).ToList();
        if (pages.Count == 0)
            return ScanOverlays.None;
        return new ScanOverlays(pages.Select(LayoutRegions.Overlay).ToList(), FieldLinks.Of(record, pages));
    }
}
