using System.Runtime.CompilerServices;

namespace SopIngest.Ocr.Tests;

internal static class NativeSetup
{
    // Tests draw with OpenCV before touching the OCR assembly; libtesseract must still load first (see NativeLoadOrder).
    [ModuleInitializer]
    internal static void LoadTesseractFirst() => SopIngest.Ocr.Tesseract.NativeLoadOrder.Ensure();
}
