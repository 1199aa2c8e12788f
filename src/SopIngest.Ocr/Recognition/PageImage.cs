using OpenCvSharp;

namespace SopIngest.Ocr.Recognition;

/// <summary>
/// One page as an 8-bit grey image, with what is needed to put what is read back on the page:
/// <see cref="UnitsPerPixel"/> scales pixels to the page's unit (PDF points for PDF pages, 1 for image files).
/// Owns its pixels: dispose it once read, so pages stream through with bounded memory.
/// </summary>
public sealed class PageImage : IDisposable
{
    internal PageImage(int number, Mat gray, int dpi, double unitsPerPixel)
    {
        if (gray.Type() != MatType.CV_8UC1) throw new ArgumentException("page images are 8-bit grey", nameof(gray));
        Number = number;
        Gray = gray;
        Dpi = dpi;
        UnitsPerPixel = unitsPerPixel;
    }

    /// <summary>1-based page number in the document.</summary>
    public int Number { get; }

    public int PixelWidth => Gray.Width;
    public int PixelHeight => Gray.Height;

    /// <summary>Resolution, known (PDF page size) or estimated from an A4/F4 page.</summary>
    public int Dpi { get; }

    public double UnitsPerPixel { get; }

    internal Mat Gray { get; }

    /// <summary>The page as a PNG file, for engines that take files (cloud services).</summary>
    public byte[] EncodePng() => Gray.ImEncode(".png");

    public void Dispose() => Gray.Dispose();

    /// <summary>Guesses scan resolution from the page's long side, taking an A4/F4 sheet (11.7–13 in).</summary>
    internal static int EstimateDpi(int width, int height) =>
        (int)Math.Clamp(Math.Round(Math.Max(width, height) / 12.0 / 10) * 10, 70, 600);
}
