using SopIngest.Core.Layout;
using SopIngest.Core.Records;
using SopIngest.Extraction.Pipeline;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Reading.Export;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Extraction.Records;
using SopIngest.Jobs.Pipeline;
using SopIngest.Ocr.Reading;
using SopIngest.Ocr.Tesseract;

namespace SopIngest.Jobs.Tests.Pipeline;

/// <summary>
/// The real pipeline (exports read whole; PDFs, scans and images page by page through the OCR reader) with
/// counters and injected faults around it: how often work really ran, and what happens when it fails.
/// </summary>
internal sealed class TestExtractor : IDocumentExtractor, IDisposable
{
    private readonly OcrDocumentReader _ocr = new(new TesseractOcrEngineFactory(workers: 1), new OcrReaderOptions(), new PdfTextReader());
    private readonly PipelineExtractor _inner;
    private int _wholeReads;
    private int _pageReads;
    private int _assemblies;

    public TestExtractor() =>
        _inner = new PipelineExtractor(new ExtractionPipeline([new ExportTextReader(new()), _ocr], new RecordBuilder(), []));

    public int WholeReads => _wholeReads;
    public int PageReads => _pageReads;
    public int Assemblies => _assemblies;

    /// <summary>Thrown by every whole read and page read (a transient fault such as an engine timeout).</summary>
    public Exception? Fault { get; init; }

    /// <summary>Pages that cannot be read (a corrupt page image).</summary>
    public IReadOnlySet<int> UnreadablePages { get; init; } = new HashSet<int>();

    public string Stage => _inner.Stage;
    public int Version => _inner.Version;

    public ExtractResult Extract(string path)
    {
        Interlocked.Increment(ref _wholeReads);
        return Fault is null ? _inner.Extract(path) : throw Fault;
    }

    public IPagedDocument? OpenPages(string path) => _inner.OpenPages(path) is { } pages ? new Counted(pages, this) : null;

    public ExtractResult Assemble(string path, IReadOnlyList<PageReading> pages)
    {
        Interlocked.Increment(ref _assemblies);
        return _inner.Assemble(path, pages);
    }

    public void Dispose() => _ocr.Dispose();

    private sealed class Counted(IPagedDocument inner, TestExtractor owner) : IPagedDocument
    {
        public int PageCount => inner.PageCount;

        public LayoutPage ReadPage(int number)
        {
            Interlocked.Increment(ref owner._pageReads);
            if (owner.Fault is not null)
                throw owner.Fault;
            if (owner.UnreadablePages.Contains(number))
                throw new UnreadableDocumentException($"page {number} is corrupt and could not be decoded");
            return inner.ReadPage(number);
        }

        public void Dispose() => inner.Dispose();
    }
}
