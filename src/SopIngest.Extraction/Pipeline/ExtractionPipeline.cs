using SopIngest.Core.Layout;
using SopIngest.Core.Records;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Pipeline;

/// <summary>
/// The extraction pipeline: input → reader (pages, lines, tables) → record builder → record stages.
/// Its stages are given in order by the composition root. A file that cannot be read becomes an
/// <see cref="ExtractResult"/> carrying the error; it never throws for bad input.
/// Background jobs run the same pipeline in two halves: <see cref="Open"/> and the reader's pages one by
/// one (<see cref="OpenPages"/>), then <see cref="Assemble(InputFile, IReadOnlyList{PageReading})"/>.
/// </summary>
public sealed class ExtractionPipeline(
    IReadOnlyList<IDocumentReader> readers,
    RecordBuilder recordBuilder,
    IReadOnlyList<IRecordStage> recordStages)
{
    public IReadOnlyList<IRecordStage> RecordStages => recordStages;

    public ExtractResult Extract(string path)
    {
        var opened = Open(path);
        if (opened.Failure is { } failure)
            return failure;
        return Guarded(opened.Input, () => Assemble(opened.Input, opened.Reader!.Read(path)));
    }

    /// <summary>The input and the reader it goes to, or the failure that ends it before any reader starts.</summary>
    public OpenedInput Open(string path)
    {
        if (!File.Exists(path))
            return OpenedInput.Failed(ExtractResult.Failed(Path.GetFileName(path), new string('0', 64), "file not found"));
        var input = InputFile.Open(path);
        if (input.Length == 0)
            return OpenedInput.Failed(ExtractResult.Failed(input.Name, input.Sha256, "the file is empty"), input);
        var reader = readers.FirstOrDefault(r => r.CanRead(input.Name, input.Head));
        return reader is null
            ? OpenedInput.Failed(ExtractResult.Failed(input.Name, input.Sha256, UnsupportedMessage(input)), input)
            : new OpenedInput(input, reader, null);
    }

    /// <summary>
    /// The opened input's pages, when its reader reads page by page; null when it is read whole (or not at all).
    /// Throws <see cref="UnreadableDocumentException"/> when the file as a whole cannot be read.
    /// </summary>
    public static IPagedDocument? OpenPages(OpenedInput opened) =>
        opened is { Failure: null, Reader: IPageReader pages } ? pages.OpenPages(opened.Input.Path) : null;

    /// <summary>
    /// The second half over pages read one by one: a page that could not be read is an empty page, and a
    /// document with no readable page fails with the first page's reason.
    /// </summary>
    public ExtractResult Assemble(InputFile input, IReadOnlyList<PageReading> pages)
    {
        var ordered = pages.OrderBy(p => p.Number).ToList();
        if (ordered.Count > 0 && ordered.All(p => p.Layout is null))
            return ExtractResult.Failed(input.Name, input.Sha256, ordered[0].Error ?? "no page could be read", ordered.Count);
        var layout = new LayoutDocument(input.Path, ordered.Select(p => p.Layout ?? new LayoutPage(p.Number, [])).ToList());
        return Guarded(input, () => Assemble(input, layout));
    }

    private ExtractResult Assemble(InputFile input, LayoutDocument layout)
    {
        var built = recordBuilder.Build(layout);
        var records = built.Records.Select(ApplyStages).ToList();
        var error = records.Count == 0 ? $"no SOP found in the file ({built.OtherPages.Count} page(s) of other text kept)" : null;
        return new ExtractResult(input.Name, input.Sha256, layout.Pages.Count, records, built.OtherPages, error);
    }

    private static ExtractResult Guarded(InputFile input, Func<ExtractResult> read)
    {
        try
        {
            return read();
        }
        catch (UnreadableDocumentException e)
        {
            return ExtractResult.Failed(input.Name, input.Sha256, e.Message, e.PageCount);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault in one file is reported with that file; the rest of the run goes on.
            return ExtractResult.Failed(input.Name, input.Sha256, $"internal error while reading: {e.GetType().Name}: {e.Message}");
        }
    }

    private SopRecord ApplyStages(SopRecord record) =>
        recordStages.Aggregate(record, (current, stage) => stage.Apply(current));

    private static string UnsupportedMessage(InputFile input) => input.SniffedType() switch
    {
        "PNG image" or "JPEG image" or "TIFF image" or "ZIP" =>
            $"{input.SniffedType()} input needs an OCR reader, and this pipeline has none configured",
        var kind => $"unsupported file type: {input.Name} holds {kind}; expected a PDF, a TIFF/PNG/JPEG page image, a ZIP of those, or a .txt/.md OCR export",
    };
}
