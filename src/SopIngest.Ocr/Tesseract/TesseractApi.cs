using System.Runtime.InteropServices;

namespace SopIngest.Ocr.Tesseract;

/// <summary>
/// The parts of libtesseract's C API (capi.h, Tesseract 5) this project calls. BOOL is a C int.
/// Strings returned by the library are freed with <see cref="TessDeleteText"/>.
/// </summary>
internal static partial class TesseractApi
{
    private const string Lib = "libtesseract.so.5";

    public const int LevelBlock = 0, LevelParagraph = 1, LevelLine = 2, LevelWord = 3;

    [LibraryImport(Lib)] public static partial IntPtr TessVersion();
    [LibraryImport(Lib)] public static partial IntPtr TessBaseAPICreate();
    [LibraryImport(Lib)] public static partial void TessBaseAPIDelete(IntPtr handle);
    [LibraryImport(Lib)] public static partial void TessBaseAPIEnd(IntPtr handle);
    [LibraryImport(Lib)] public static partial void TessBaseAPIClear(IntPtr handle);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit3(IntPtr handle, string? dataPath, string language);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPISetVariable(IntPtr handle, string name, string value);

    [LibraryImport(Lib)] public static partial void TessBaseAPISetPageSegMode(IntPtr handle, int mode);
    [LibraryImport(Lib)] public static partial void TessBaseAPISetImage(IntPtr handle, IntPtr data, int width, int height, int bytesPerPixel, int bytesPerLine);
    [LibraryImport(Lib)] public static partial void TessBaseAPISetSourceResolution(IntPtr handle, int ppi);
    [LibraryImport(Lib)] public static partial int TessBaseAPIRecognize(IntPtr handle, IntPtr monitor);
    [LibraryImport(Lib)] public static partial int TessBaseAPIMeanTextConf(IntPtr handle);
    [LibraryImport(Lib)] public static partial IntPtr TessBaseAPIGetIterator(IntPtr handle);

    [LibraryImport(Lib)]
    public static partial int TessBaseAPIDetectOrientationScript(
        IntPtr handle, out int orientationDegrees, out float orientationConfidence, out IntPtr scriptName, out float scriptConfidence);

    [LibraryImport(Lib)] public static partial void TessResultIteratorDelete(IntPtr iterator);
    [LibraryImport(Lib)] public static partial int TessResultIteratorNext(IntPtr iterator, int level);
    [LibraryImport(Lib)] public static partial IntPtr TessResultIteratorGetUTF8Text(IntPtr iterator, int level);
    [LibraryImport(Lib)] public static partial float TessResultIteratorConfidence(IntPtr iterator, int level);
    [LibraryImport(Lib)] public static partial IntPtr TessResultIteratorGetPageIteratorConst(IntPtr iterator);

    [LibraryImport(Lib)] public static partial int TessPageIteratorIsAtBeginningOf(IntPtr pageIterator, int level);

    [LibraryImport(Lib)]
    public static partial int TessPageIteratorBoundingBox(IntPtr pageIterator, int level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(Lib)] public static partial void TessDeleteText(IntPtr text);

    /// <summary>Copies a static string the library keeps (such as its version).</summary>
    public static string TakeStringNoFree(IntPtr text) => Marshal.PtrToStringUTF8(text) ?? "";

    /// <summary>Copies a library-owned UTF-8 string and frees it.</summary>
    public static string? TakeString(IntPtr text)
    {
        if (text == IntPtr.Zero) return null;
        try { return Marshal.PtrToStringUTF8(text); }
        finally { TessDeleteText(text); }
    }
}

/// <summary>Holds OpenMP to one thread before libtesseract first runs: oversubscription on small machines costs ~6×.</summary>
internal static partial class OmpThreadLimit
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        // Environment.SetEnvironmentVariable does not reach native getenv; libc's setenv does.
        var existing = Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT");
        return setenv("OMP_THREAD_LIMIT", string.IsNullOrEmpty(existing) ? "1" : existing, 1) == 0;
    });

    public static void Apply() => _ = Applied.Value;

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}
