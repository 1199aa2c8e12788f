using OpenCvSharp;

namespace SopIngest.Ocr.Recognition;

/// <summary>
/// One page as an 8-bit grey image (and, for colour scans, how coloured each pixel is), with what is needed to put
/// what is read back on the page:
/// <see cref="UnitsPerPixel"/> scales pixels to the page's unit (PDF points for PDF pages, 1 for image files).
/// Owns its pixels: dispose it once read, so pages stream through with bounded memory.
/// </summary>
public sealed class PageImage : IDisposable
{
    internal PageImage(int number, Mat gray, int dpi, double unitsPerPixel, Mat? chroma = null)
    {
        if (chroma != null && (chroma.Type() != MatType.CV_8UC1 || chroma.Size() != gray.Size()))
            throw new ArgumentException("the colour plane is 8-bit and the size of the page", nameof(chroma));
        if (gray.Type() != MatType.CV_8UC1) throw new ArgumentException("page images are 8-bit grey", nameof(gray));
        Number = number;
        Gray = gray;
        Dpi = dpi;
        UnitsPerPixel = unitsPerPixel;
        Chroma = chroma;
    }

    /// <summary>A decoded scan of any channel count as a page (<see cref="PageColour"/>); takes ownership of it.</summary>
    internal static PageImage FromDecoded(int number, Mat decoded, int dpi, double unitsPerPixel, byte[]? encoded = null)
    {
        var (gray, chroma) = PageColour.Split(decoded, encoded);
        return new PageImage(number, gray, dpi, unitsPerPixel, chroma);
    }

    /// <summary>1-based page number in the document.</summary>
    public int Number { get; }

    public int PixelWidth => Gray.Width;
    public int PixelHeight => Gray.Height;

    /// <summary>Resolution, known (PDF page size) or estimated from an A4/F4 page.</summary>
    public int Dpi { get; }

    public double UnitsPerPixel { get; }

    internal Mat Gray { get; }

    /// <summary>Per pixel, its brightest channel less its darkest; null for grey scans.</summary>
    internal Mat? Chroma { get; }

    /// <summary>The page as a PNG file, for engines that take files (cloud services).</summary>
    public byte[] EncodePng() => Gray.ImEncode(".png");

    public void Dispose()
    {
        Gray.Dispose();
        Chroma?.Dispose();
    }

    /// <summary>Guesses scan resolution from the page's long side, taking an A4/F4 sheet (11.7–13 in).</summary>
    internal static int EstimateDpi(int width, int height) =>
        (int)Math.Clamp(Math.Round(Math.Max(width, height) / 12.0 / 10) * 10, 70, 600);
}
