using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// Finds the straight horizontal and vertical rules drawn on a page. Tables in SOPs come from Word or Excel,
/// which draw borders either as stroked segments or as thin filled rectangles, so both count.
/// </summary>
internal static class RulingExtractor
{
    // Segments this close to axis-parallel are treated as exactly horizontal/vertical (rounding in producers).
    private const double AxisSlack = 0.5;

    public static IReadOnlyList<Ruling> Extract(IEnumerable<PdfPath> paths, double pageHeight, PdfTextReaderOptions options)
    {
        var rulings = new List<Ruling>();
        foreach (var path in paths)
        {
            // Clipping paths are invisible; unpainted paths draw nothing.
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled)) continue;
            foreach (var subpath in path)
            {
                if (path.IsStroked) AddStrokedSegments(subpath, pageHeight, options, rulings);
                else AddThinFill(subpath, pageHeight, options, rulings);
            }
        }
        return rulings;
    }

    private static void AddStrokedSegments(PdfSubpath subpath, double pageHeight, PdfTextReaderOptions options, List<Ruling> into)
    {
        PdfPoint? start = null, current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, pageHeight, options, into);
                    current = line.To;
                    start ??= line.From;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint; // curves are shapes (ellipses, rounded boxes), never table rules
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddSegment(c, s, pageHeight, options, into); // closing a rectangle draws its last edge
                    current = s;
                    break;
            }
        }
    }

    private static void AddThinFill(PdfSubpath subpath, double pageHeight, PdfTextReaderOptions options, List<Ruling> into)
    {
        var r = subpath.GetBoundingRectangle();
        if (r is not { } rect) return;
        var top = pageHeight - rect.Top;
        var bottom = pageHeight - rect.Bottom;
        if (rect.Height <= options.MaxRulingThickness && rect.Width >= options.MinRulingLength)
            into.Add(new Ruling(true, (top + bottom) / 2, rect.Left, rect.Right));
        else if (rect.Width <= options.MaxRulingThickness && rect.Height >= options.MinRulingLength)
            into.Add(new Ruling(false, (rect.Left + rect.Right) / 2, top, bottom));
    }

    private static void AddSegment(PdfPoint from, PdfPoint to, double pageHeight, PdfTextReaderOptions options, List<Ruling> into)
    {
        double x1 = from.X, x2 = to.X, y1 = pageHeight - from.Y, y2 = pageHeight - to.Y;
        if (Math.Abs(y1 - y2) <= AxisSlack && Math.Abs(x2 - x1) >= options.MinRulingLength)
            into.Add(new Ruling(true, (y1 + y2) / 2, Math.Min(x1, x2), Math.Max(x1, x2)));
        else if (Math.Abs(x1 - x2) <= AxisSlack && Math.Abs(y2 - y1) >= options.MinRulingLength)
            into.Add(new Ruling(false, (x1 + x2) / 2, Math.Min(y1, y2), Math.Max(y1, y2)));
    }
}
