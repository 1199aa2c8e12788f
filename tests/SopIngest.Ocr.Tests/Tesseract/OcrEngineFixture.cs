using SopIngest.Ocr.Cleanup;
using SopIngest.Ocr.Tesseract;

namespace SopIngest.Ocr.Tests.Tesseract;

/// <summary>One OCR engine with the default options, shared by a test class's tests (starting libtesseract costs).</summary>
public sealed class OcrEngineFixture : IDisposable
{
    public TesseractOcrEngine Engine { get; } = new(TesseractOptions.Default, CleanupOptions.Default);

    public void Dispose() => Engine.Dispose();
}
