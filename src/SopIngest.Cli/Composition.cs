using SopIngest.Correction;
using SopIngest.Extraction.Pipeline;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Reading.Export;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Extraction.Records;
using SopIngest.Ocr.Reading;
using SopIngest.Ocr.Tesseract;

namespace SopIngest.Cli;

/// <summary>
/// The CLI's composition root: the one place the pipeline's readers and stages are chosen and ordered.
/// </summary>
internal sealed record Composition(ExtractionPipeline Pipeline)
{
    /// <param name="correct">Whether records pass through the OCR-text corrector (off: <c>SOPINGEST_CORRECT=0</c>).</param>
    public static Composition FromEnvironment(bool? correct = null)
    {
        IReadOnlyList<IDocumentReader> readers =
        [
            new ExportTextReader(new ExportTextReaderOptions()),
            // Scans, mixed PDFs, images and ZIPs; PDF pages with a good text layer go to the born-digital reader inside it.
            new OcrDocumentReader(new TesseractOcrEngineFactory(), new OcrReaderOptions(), new PdfTextReader(new PdfTextReaderOptions())),
            new PdfTextReader(new PdfTextReaderOptions()),
        ];
        IReadOnlyList<IRecordStage> recordStages = (correct ?? Environment.GetEnvironmentVariable("SOPINGEST_CORRECT") != "0")
                && ModelFiles.Corrector() is { } model
            ? [new RecordStage("correct", TextCorrector.Load(model).CorrectRecord)]
            : [];
        return new Composition(new ExtractionPipeline(readers, new RecordBuilder(new RecordBuilderOptions()), recordStages));
    }
}
