using SopIngest.Core.Layout;
using SopIngest.Extraction.Pipeline;
using UglyToad.PdfPig;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// A born-digital PDF read one page at a time (a page's layout needs nothing from the other pages).
/// PdfPig is not thread-safe, so pages are read one after another.
/// </summary>
internal sealed class PdfTextPages(PdfDocument document, PdfTextReaderOptions options) : IPagedDocument
{
    private readonly Lock _gate = new();

    public int PageCount => document.NumberOfPages;

    public LayoutPage ReadPage(int number)
    {
        PdfPageContent content;
        lock (_gate)
            content = PdfContentLoader.LoadPage(document, number, options);
        // A scanned page has no words here: the OCR reader's job, not this one's.
        if (content.Words.Count == 0)
            throw new UnreadableDocumentException($"page {number} has no text layer; scanned pages need OCR");
        return PageLayoutBuilder.Build(content, options) with { Number = number };
    }

    public void Dispose() => document.Dispose();
}
