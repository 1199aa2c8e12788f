namespace SopIngest.Synth.Drawing;

/// <summary>
/// What a page composer draws on, in PDF points with the origin at the top-left of the page.
/// Implemented for raster pages (SkiaSharp, then scanned) and for born-digital PDFs (PdfPig's writer).
/// </summary>
internal interface IPageCanvas
{
    double Width { get; }

    double Height { get; }

    void Line(double x1, double y1, double x2, double y2, double width, Ink ink = default);

    void Rect(double x, double y, double w, double h, double width, Ink ink = default);

    void FillRect(double x, double y, double w, double h, byte gray);

    /// <summary>A closed outline through the points (diamonds, off-page connectors).</summary>
    void Polygon(IReadOnlyList<(double X, double Y)> points, double width, Ink ink = default);

    /// <summary>A flowchart terminator: a rectangle with fully rounded ends.</summary>
    void Terminator(double x, double y, double w, double h, double width);

    void FillTriangle((double X, double Y) a, (double X, double Y) b, (double X, double Y) c);

    /// <summary>Text with its baseline at <paramref name="baseline"/>.</summary>
    void Text(string text, double x, double baseline, double size, bool bold = false);
}

/// <summary>Line colour; only raster pages show colour (stamps, ink), PDFs draw black.</summary>
internal readonly record struct Ink(byte R, byte G, byte B, byte A = 255)
{
    public static readonly Ink Black = new(0, 0, 0);
}
