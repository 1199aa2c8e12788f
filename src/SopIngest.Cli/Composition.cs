using SopIngest.Extraction.Pipeline;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Reading.Export;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Extraction.Records;

namespace SopIngest.Cli;

/// <summary>
/// The CLI's composition root: the one place the pipeline's readers and stages are chosen and ordered.
/// </summary>
internal sealed record Composition(ExtractionPipeline Pipeline)
{
    public static Composition FromEnvironment()
    {
        IReadOnlyList<IDocumentReader> readers =
        [
            new ExportTextReader(new ExportTextReaderOptions()),
            new PdfTextReader(new PdfTextReaderOptions()),
        ];
        IReadOnlyList<IRecordStage> recordStages = [];
        return new Composition(new ExtractionPipeline(readers, new RecordBuilder(new RecordBuilderOptions()), recordStages));
    }
}
