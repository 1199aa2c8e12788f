using SopIngest.Core.Layout;
using SopIngest.Extraction.Pipeline;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// Reads born-digital PDFs (ones with a text layer, as exported from Word or Excel) into the layout model:
/// text lines in reading order and ruled tables with merged cells and per-cell paragraphs.
/// Scanned PDFs have no text layer and are refused with a message saying OCR is needed.
/// </summary>
public sealed class PdfTextReader(PdfTextReaderOptions? options = null) : IDocumentReader, IPageReader
{
    private static readonly byte[] Magic = "%PDF"u8.ToArray();

    private readonly PdfTextReaderOptions _options = options ?? PdfTextReaderOptions.Default;

    // Readers tolerate a few bytes (a BOM, whitespace) before the header, so look for it anywhere in the head.
    public bool CanRead(string fileName, ReadOnlySpan<byte> head) => head.IndexOf(Magic) >= 0;

    public LayoutDocument Read(string path)
    {
        if (!File.Exists(path)) throw new UnreadableDocumentException($"the file {path} does not exist");
        var pages = PdfContentLoader.Load(path, _options);
        if (pages.Count == 0) throw new UnreadableDocumentException("the PDF has no pages");
        // One scanned page inside a typed SOP (a signed approval sheet, say) is common and harmless;
        // only a file with no text anywhere is a scan this reader cannot help with.
        if (pages.All(p => p.Words.Count == 0))
            throw new UnreadableDocumentException(
                $"page {pages[0].Number} has no text layer; scanned pages need OCR, which this build does not do yet",
                pages.Count);
        return new LayoutDocument(path, pages.Select(p => PageLayoutBuilder.Build(p, _options)).ToList());
    }

    public IPagedDocument OpenPages(string path)
    {
        if (!File.Exists(path)) throw new UnreadableDocumentException($"the file {path} does not exist");
        return new PdfTextPages(PdfContentLoader.Open(path, _options), _options);
    }
}
