using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace SopIngest.Synth.Drawing;

/// <summary>Draws a page as vector rules and real text with PdfPig's writer: a born-digital PDF page.</summary>
internal sealed class PdfPageCanvas(
    PdfPageBuilder page,
    PdfDocumentBuilder.AddedFont regular,
    PdfDocumentBuilder.AddedFont bold,
    double width,
    double height) : IPageCanvas
{
    public double Width => width;

    public double Height => height;

    public void Line(double x1, double y1, double x2, double y2, double w, Ink ink = default) =>
        page.DrawLine(P(x1, y1), P(x2, y2), w);

    public void Rect(double x, double y, double w, double h, double lineWidth, Ink ink = default) =>
        page.DrawRectangle(P(x, y + h), w, h, lineWidth);

    public void FillRect(double x, double y, double w, double h, byte gray)
    {
        page.SetTextAndFillColor(gray, gray, gray);
        page.DrawRectangle(P(x, y + h), w, h, 0, fill: true);
        page.ResetColor();
    }

    public void Polygon(IReadOnlyList<(double X, double Y)> points, double lineWidth, Ink ink = default)
    {
        for (var i = 0; i < points.Count; i++)
        {
            var (a, b) = (points[i], points[(i + 1) % points.Count]);
            page.DrawLine(P(a.X, a.Y), P(b.X, b.Y), lineWidth);
        }
    }

    // PdfPig's writer has no arcs: an ellipse reads as the same terminator symbol.
    public void Terminator(double x, double y, double w, double h, double lineWidth) =>
        page.DrawEllipsis(P(x + w / 2, y + h / 2), w, h, lineWidth);

    public void FillTriangle((double X, double Y) a, (double X, double Y) b, (double X, double Y) c) =>
        page.DrawTriangle(P(a.X, a.Y), P(b.X, b.Y), P(c.X, c.Y), 0.1, fill: true);

    public void Text(string text, double x, double baseline, double size, bool isBold = false) =>
        page.AddText(text, size, P(x, baseline), isBold ? bold : regular);

    private PdfPoint P(double x, double y) => new(x, height - y);
}
