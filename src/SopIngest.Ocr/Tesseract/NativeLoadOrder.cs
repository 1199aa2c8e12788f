using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SopIngest.Ocr.Tesseract;

/// <summary>
/// Loads libtesseract (with Leptonica and the system libpng) before OpenCV's native library, once per process.
/// OpenCvSharp's library carries its own libpng and exports it; when it is loaded first, the system libpng it
/// pulls in (through GTK) binds its internal calls to OpenCV's copy, and Leptonica's PNG writing — which Tesseract
/// uses for every word it recognises — then corrupts the heap. OpenMP reads OMP_THREAD_LIMIT when it loads,
/// so the limit is set first.
/// </summary>
internal static class NativeLoadOrder
{
    private static int _done;

    [ModuleInitializer]
    internal static void Ensure()
    {
        if (Interlocked.Exchange(ref _done, 1) == 1) return;
        OmpThreadLimit.Apply();
        // Missing Tesseract is reported when an engine is made, with an install hint; image handling still works.
        NativeLibrary.TryLoad("libtesseract.so.5", out _);
    }
}
