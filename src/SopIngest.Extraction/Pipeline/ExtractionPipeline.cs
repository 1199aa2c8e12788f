using SopIngest.Core.Records;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Pipeline;

/// <summary>
/// The extraction pipeline: input → reader (pages, lines, tables) → record builder → record stages.
/// Its stages are given in order by the composition root. A file that cannot be read becomes an
/// <see cref="ExtractResult"/> carrying the error; it never throws for bad input.
/// </summary>
public sealed class ExtractionPipeline(
    IReadOnlyList<IDocumentReader> readers,
    RecordBuilder recordBuilder,
    IReadOnlyList<IRecordStage> recordStages)
{
    public IReadOnlyList<IRecordStage> RecordStages => recordStages;

    public ExtractResult Extract(string path)
    {
        if (!File.Exists(path))
            return ExtractResult.Failed(Path.GetFileName(path), new string('0', 64), "file not found");
        var input = InputFile.Open(path);
        if (input.Length == 0)
            return ExtractResult.Failed(input.Name, input.Sha256, "the file is empty");
        var reader = readers.FirstOrDefault(r => r.CanRead(input.Name, input.Head));
        if (reader is null)
            return ExtractResult.Failed(input.Name, input.Sha256, UnsupportedMessage(input));
        try
        {
            var layout = reader.Read(path);
            var built = recordBuilder.Build(layout);
            var records = built.Records.Select(ApplyStages).ToList();
            var error = records.Count == 0 ? $"no SOP found in the file ({built.OtherPages.Count} page(s) of other text kept)" : null;
            return new ExtractResult(input.Name, input.Sha256, layout.Pages.Count, records, built.OtherPages, error);
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
