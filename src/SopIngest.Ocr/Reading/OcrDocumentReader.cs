using System.Collections.Concurrent;
using SopIngest.Core.Layout;
using SopIngest.Extraction.Pipeline;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Ocr.Input;
using SopIngest.Ocr.Recognition;

namespace SopIngest.Ocr.Reading;

/// <summary>
/// Reads scanned and mixed inputs into the layout model: PDFs (pages with a good text layer are read by the
/// born-digital <see cref="PdfTextReader"/>, image pages and pages whose text layer is junk are OCRed), multi-page
/// TIFF, PNG, JPEG and ZIPs of these. A document is opened once and read page by page — by a few workers here
/// (<see cref="Read"/>), or one page per background job (<see cref="OpenPages"/>); each worker's engine is reused
/// across pages and documents, and only the pages being read are in memory.
/// </summary>
public sealed class OcrDocumentReader(IOcrEngineFactory engines, OcrReaderOptions? options = null, PdfTextReader? textReader = null)
    : IDocumentReader, IPageReader, IDisposable
{
    private readonly OcrReaderOptions _options = options ?? OcrReaderOptions.Default;
    private readonly PdfTextReader _textReader = textReader ?? new PdfTextReader();
    private readonly ConcurrentBag<IOcrEngine> _idle = [];

    public bool CanRead(string fileName, ReadOnlySpan<byte> head) => ImageHeader.Sniff(head) != InputKind.Unknown;

    public LayoutDocument Read(string path)
    {
        using var document = OpenPages(path);
        var pages = new LayoutPage?[document.PageCount];
        var errors = new ConcurrentDictionary<int, string>();
        var workers = new ParallelOptions { MaxDegreeOfParallelism = engines.MaxConcurrency };
        Parallel.For(0, pages.Length, workers, i =>
        {
            try
            {
                pages[i] = document.ReadPage(i + 1);
            }
            catch (UnreadableDocumentException e)
            {
                errors[i] = e.Message;
            }
        });
        // One bad page does not sink a document; a document with nothing readable is an error.
        if (errors.Count == pages.Length)
            throw new UnreadableDocumentException(errors.OrderBy(e => e.Key).First().Value, pages.Length);
        return new LayoutDocument(path, pages.Select((p, i) => p ?? new LayoutPage(i + 1, [])).ToList());
    }

    public IPagedDocument OpenPages(string path)
    {
        if (!File.Exists(path)) throw new UnreadableDocumentException($"the file {path} does not exist");
        var name = Path.GetFileName(path);
        var head = new byte[16];
        using (var stream = File.OpenRead(path))
        {
            if (stream.Length == 0) throw new UnreadableDocumentException($"{name} is empty (0 bytes)");
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        }
        var scope = new ReadScope();
        try
        {
            var jobs = Jobs(ImageHeader.Sniff(head), path, name, scope);
            if (jobs.Count > _options.MaxPages)
                throw new UnreadableDocumentException($"{name} has {jobs.Count} pages, more than the {_options.MaxPages} accepted", jobs.Count);
            return new OcrPages(jobs, scope, Recognize);
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    private IReadOnlyList<PageJob> Jobs(InputKind kind, string path, string name, ReadScope scope) => kind switch
    {
        InputKind.Pdf => PdfJobs(path, name, scope),
        InputKind.Zip => ZipJobs(path, name, scope),
        InputKind.Png or InputKind.Jpeg or InputKind.Tiff => ImagePages.FromFile(path, name, _options, scope),
        _ => throw new UnreadableDocumentException($"{name} is not a PDF, TIFF, PNG, JPEG or ZIP file"),
    };

    private List<PageJob> PdfJobs(string path, string name, ReadScope scope)
    {
        var pdf = scope.Add(PdfPages.Open(path, name, _options));
        // Good text layers are the born-digital reader's job; it is opened only if a page has one.
        var text = new Lazy<IPagedDocument>(() => scope.Add(_textReader.OpenPages(path)));
        return Enumerable.Range(1, pdf.Count)
            .Select(page => new PageJob($"{name} page {page}", number => pdf.Judge(page) == TextLayer.Good
                ? PageInput.Text(text.Value.ReadPage(page))
                : PageInput.Scan(pdf.Image(page, number))))
            .ToList();
    }

    private List<PageJob> ZipJobs(string path, string name, ReadScope scope)
    {
        var jobs = new List<PageJob>();
        foreach (var entry in ZipPages.Read(path, name, _options, scope))
        {
            var entryName = $"{name}/{entry.Name}";
            jobs.AddRange(entry.Kind == InputKind.Pdf
                ? PdfJobs(entry.File, entryName, scope)
                : ImagePages.FromFile(entry.File, entryName, _options, scope));
        }
        return jobs;
    }

    /// <summary>OCRs one page image with an idle engine (or a new one), and frees the image.</summary>
    private LayoutPage Recognize(PageImage image)
    {
        var engine = _idle.TryTake(out var idle) ? idle : engines.Create();
        try
        {
            using (image)
                return engine.Recognize(image).Layout;
        }
        finally
        {
            _idle.Add(engine);
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var engine)) engine.Dispose();
    }
}
