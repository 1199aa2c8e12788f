using System.Collections.Concurrent;
using SopIngest.Core.Layout;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Ocr.Input;
using SopIngest.Ocr.Recognition;

namespace SopIngest.Ocr.Reading;

/// <summary>
/// Reads scanned and mixed inputs into the layout model: PDFs (pages with a good text layer are read by the
/// born-digital <see cref="PdfTextReader"/>, image pages and pages whose text layer is junk are OCRed), multi-page
/// TIFF, PNG, JPEG and ZIPs of these. Pages stream through a few workers, each with its own engine reused across
/// pages and documents, so only the pages being read are in memory.
/// </summary>
public sealed class OcrDocumentReader(IOcrEngineFactory engines, OcrReaderOptions? options = null, PdfTextReader? textReader = null)
    : IDocumentReader, IDisposable
{
    private readonly OcrReaderOptions _options = options ?? OcrReaderOptions.Default;
    private readonly PdfTextReader _textReader = textReader ?? new PdfTextReader();
    private readonly ConcurrentBag<IOcrEngine> _idle = [];

    public bool CanRead(string fileName, ReadOnlySpan<byte> head) => ImageHeader.Sniff(head) != InputKind.Unknown;

    public LayoutDocument Read(string path)
    {
        if (!File.Exists(path)) throw new UnreadableDocumentException($"the file {path} does not exist");
        var name = Path.GetFileName(path);
        var head = new byte[16];
        using (var stream = File.OpenRead(path))
        {
            if (stream.Length == 0) throw new UnreadableDocumentException($"{name} is empty (0 bytes)");
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        }
        using var scope = new ReadScope();
        var kind = ImageHeader.Sniff(head);
        var jobs = kind switch
        {
            InputKind.Pdf => PdfJobs(path, name, scope),
            InputKind.Zip => ZipJobs(path, name, scope),
            InputKind.Png or InputKind.Jpeg or InputKind.Tiff => ImagePages.FromBytes(File.ReadAllBytes(path), name, _options),
            _ => throw new UnreadableDocumentException($"{name} is not a PDF, TIFF, PNG, JPEG or ZIP file"),
        };
        if (jobs.Count > _options.MaxPages)
            throw new UnreadableDocumentException($"{name} has {jobs.Count} pages, more than the {_options.MaxPages} accepted", jobs.Count);
        return new LayoutDocument(path, Run(jobs, name));
    }

    private IReadOnlyList<PageJob> PdfJobs(string path, string name, ReadScope scope)
    {
        var pdf = scope.Add(PdfPages.Open(path, name, _options));
        var layers = Enumerable.Range(1, pdf.Count).Select(pdf.Judge).ToList();
        // Good text layers are the born-digital reader's job; it lays out every page, and those pages are kept.
        var text = layers.Contains(TextLayer.Good) ? _textReader.Read(path).Pages : null;
        return layers.Select((layer, i) => layer == TextLayer.Good && text != null
                ? PageJob.Text($"{name} page {i + 1}", text[i])
                : PageJob.Image($"{name} page {i + 1}", number => pdf.Image(i + 1, number)))
            .ToList();
    }

    private List<PageJob> ZipJobs(string path, string name, ReadScope scope)
    {
        var jobs = new List<PageJob>();
        foreach (var entry in ZipPages.Read(path, name, _options))
        {
            var entryName = $"{name}/{entry.Name}";
            if (entry.Kind != InputKind.Pdf)
            {
                jobs.AddRange(ImagePages.FromBytes(entry.Data, entryName, _options));
                continue;
            }
            var temp = scope.TempFile(".pdf");
            File.WriteAllBytes(temp, entry.Data);
            jobs.AddRange(PdfJobs(temp, entryName, scope));
        }
        return jobs;
    }

    private List<LayoutPage> Run(IReadOnlyList<PageJob> jobs, string name)
    {
        var pages = new LayoutPage?[jobs.Count];
        var errors = new ConcurrentDictionary<int, string>();
        var workers = new ParallelOptions { MaxDegreeOfParallelism = engines.MaxConcurrency };
        Parallel.For(0, jobs.Count, workers, i =>
        {
            var job = jobs[i];
            if (job.Layout != null)
            {
                pages[i] = job.Layout with { Number = i + 1 };
                return;
            }
            var engine = _idle.TryTake(out var idle) ? idle : engines.Create();
            try
            {
                using var image = job.Load!(i + 1);
                pages[i] = engine.Recognize(image).Layout;
            }
            catch (UnreadableDocumentException e)
            {
                errors[i] = e.Message;
            }
            finally
            {
                _idle.Add(engine);
            }
        });
        // One bad page does not sink a document; a document with nothing readable is an error.
        if (errors.Count == jobs.Count || (errors.Count > 0 && jobs.Count == 1))
            throw new UnreadableDocumentException(errors.OrderBy(e => e.Key).First().Value, jobs.Count);
        return pages.Select((p, i) => p ?? new LayoutPage(i + 1, [])).ToList();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var engine)) engine.Dispose();
    }

    /// <summary>What one Read opened or wrote: closed and deleted when it ends.</summary>
    private sealed class ReadScope : IDisposable
    {
        private readonly List<IDisposable> _open = [];
        private readonly List<string> _files = [];

        public T Add<T>(T item) where T : IDisposable
        {
            _open.Add(item);
            return item;
        }

        public string TempFile(string extension)
        {
            var file = Path.Combine(Path.GetTempPath(), $"sopingest-{Guid.NewGuid():N}{extension}");
            _files.Add(file);
            return file;
        }

        public void Dispose()
        {
            foreach (var item in _open) item.Dispose();
            foreach (var file in _files) File.Delete(file);
        }
    }
}
