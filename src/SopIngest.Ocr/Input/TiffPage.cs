using System.Buffers.Binary;
using System.Runtime.InteropServices;
using OpenCvSharp;

namespace SopIngest.Ocr.Input;

/// <summary>
/// One page of a multi-page TIFF, decoded alone through Leptonica (the image library Tesseract is built on, loaded
/// with it). OpenCV decodes a multi-page TIFF only whole: every page held in memory at once, and, read one page
/// per background job, the whole file decoded again for each page.
/// </summary>
internal static partial class TiffPage
{
    private const string Lib = "liblept.so.5";

    /// <summary>Whether Leptonica can be loaded; when not, TIFFs are decoded whole by OpenCV.</summary>
    public static bool Available { get; } = NativeLibrary.TryLoad(Lib, out _);

    /// <summary>Page <paramref name="index"/> (0-based) as 8-bit grey, or BGR for colour pages; null when it cannot be decoded.</summary>
    public static Mat? Read(string path, int index)
    {
        var pix = pixReadTiff(path, index);
        if (pix == IntPtr.Zero) return null;
        var converted = IntPtr.Zero;
        try
        {
            // 24-bit RGB is held as 32 bits a pixel; every other depth (1-bit fax, palettes, 16-bit grey) becomes 8-bit grey.
            var colour = pixGetDepth(pix) == 32;
            if (!colour) converted = pixConvertTo8(pix, 0);
            return converted == IntPtr.Zero && !colour ? null : Copy(colour ? pix : converted, colour);
        }
        finally
        {
            pixDestroy(ref pix);
            if (converted != IntPtr.Zero) pixDestroy(ref converted);
        }
    }

    /// <summary>
    /// Leptonica keeps pixels in 32-bit words, the first pixel in the most significant byte; read as bytes on a
    /// little-endian machine each word is reversed, so the words are byte-swapped on the way out.
    /// </summary>
    private static unsafe Mat Copy(IntPtr pix, bool colour)
    {
        int width = pixGetWidth(pix), height = pixGetHeight(pix), wordsPerLine = pixGetWpl(pix);
        using var bytes = new Mat(height, wordsPerLine * 4, MatType.CV_8UC1);
        var words = new ReadOnlySpan<uint>((void*)pixGetData(pix), height * wordsPerLine);
        var target = MemoryMarshal.Cast<byte, uint>(bytes.AsSpan<byte>());
        if (BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(words, target);
        else words.CopyTo(target);
        if (!colour) return bytes[new Rect(0, 0, width, height)].Clone();
        // 32-bit pixels are R, G, B, then a spare byte.
        using var rgba = bytes.Reshape(4, height);
        using var page = rgba[new Rect(0, 0, width, height)];
        return page.CvtColor(ColorConversionCodes.RGBA2BGR);
    }

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr pixReadTiff(string filename, int n);

    [LibraryImport(Lib)] private static partial int pixGetWidth(IntPtr pix);
    [LibraryImport(Lib)] private static partial int pixGetHeight(IntPtr pix);
    [LibraryImport(Lib)] private static partial int pixGetDepth(IntPtr pix);
    [LibraryImport(Lib)] private static partial int pixGetWpl(IntPtr pix);
    [LibraryImport(Lib)] private static partial IntPtr pixGetData(IntPtr pix);
    [LibraryImport(Lib)] private static partial IntPtr pixConvertTo8(IntPtr pix, int cmapflag);
    [LibraryImport(Lib)] private static partial void pixDestroy(ref IntPtr pix);
}
