using SopIngest.Ocr.Reading;

namespace SopIngest.Ocr.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicTypes_AreTheReaderTheEngineSeamAndTheirOptions()
    {
        var types = typeof(OcrDocumentReader).Assembly.GetExportedTypes().Select(t => t.FullName).Order().ToList();

        Assert.Equal(
        [
            "SopIngest.Ocr.Cleanup.CleanupOptions",
            "SopIngest.Ocr.Reading.OcrDocumentReader",
            "SopIngest.Ocr.Reading.OcrReaderOptions",
            "SopIngest.Ocr.Recognition.IOcrEngine",
            "SopIngest.Ocr.Recognition.IOcrEngineFactory",
            "SopIngest.Ocr.Recognition.OcrPage",
            "SopIngest.Ocr.Recognition.PageImage",
            "SopIngest.Ocr.Tesseract.TesseractOcrEngine",
            "SopIngest.Ocr.Tesseract.TesseractOcrEngineFactory",
            "SopIngest.Ocr.Tesseract.TesseractOptions",
        ], types);
    }
}
