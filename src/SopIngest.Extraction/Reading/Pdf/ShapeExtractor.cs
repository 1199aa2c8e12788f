using SopIngest.Core.Layout;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// Finds the closed flowchart symbols drawn on a page: boxes (process), diamonds (decision), curved outlines —
/// capsules, rounded boxes, ellipses — (terminator) and small round outlines (connector). A symbol is either one
/// closed subpath or, as some writers draw polygons, separate straight strokes that meet end to end in a loop.
/// Which of them lie in a table, and which are the table's own borders, is decided later against the grid.
/// </summary>
internal static class ShapeExtractor
{
    // Endpoints this close are one vertex; segments this close to an axis are axis-parallel.
    private const double VertexSnap = 0.75;
    private const double AxisSlack = 0.5;

    // Anything smaller is an arrowhead or a tick; anything larger is not a swimlane symbol.
    private const double MinSize = 5;
    private const double MaxSize = 250;

    // A round outline no wider than this is an on-page connector, not a terminator.
    private const double MaxConnectorSize = 20;

    public static IReadOnlyList<CellShape> Extract(IEnumerable<PdfPath> paths, double pageHeight)
    {
        var shapes = new List<CellShape>();
        var loose = new List<(Pt A, Pt B)>();
        foreach (var path in paths)
        {
            if (path.IsClipping || !path.IsStroked) continue;
            foreach (var subpath in path)
            {
                var (points, curved) = Outline(subpath, pageHeight);
                if (curved)
                {
                    if (Round(points) is { } round) shapes.Add(round);
                }
                else if (points.Count == 2)
                {
                    if (!AxisParallel(points[0], points[1])) loose.Add((points[0], points[1]));
                }
                else if (Polygon(ClosedLoop(points)) is { } polygon) shapes.Add(polygon);
            }
        }
        shapes.AddRange(Loops(loose).Select(Polygon).OfType<CellShape>());
        return shapes;
    }

    /// <summary>The subpath's points in top-left coordinates, and whether it has curves.</summary>
    private static (List<Pt> Points, bool Curved) Outline(PdfSubpath subpath, double pageHeight)
    {
        var points = new List<Pt>();
        var curved = false;
        Pt P(PdfPoint p) => new(p.X, pageHeight - p.Y);
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    points.Add(P(move.Location));
                    break;
                case PdfSubpath.Line line:
                    if (points.Count == 0) points.Add(P(line.From));
                    points.Add(P(line.To));
                    break;
                case PdfSubpath.BezierCurve curve:
                    curved = true;
                    if (points.Count == 0) points.Add(P(curve.StartPoint));
                    if (curve.GetBoundingRectangle() is PdfRectangle bounds)
                    {
                        points.Add(P(bounds.TopLeft));
                        points.Add(P(bounds.BottomRight));
                    }
                    points.Add(P(curve.EndPoint));
                    break;
            }
        }
        return (points, curved);
    }

    /// <summary>The distinct vertices of a polygon, or none when the outline does not come back to its start.</summary>
    private static List<Pt> ClosedLoop(List<Pt> points)
    {
        var vertices = new List<Pt>();
        foreach (var p in points)
            if (vertices.Count == 0 || !vertices[^1].Near(p)) vertices.Add(p);
        if (vertices.Count > 1 && vertices[^1].Near(vertices[0])) vertices.RemoveAt(vertices.Count - 1);
        // PdfPig's rectangles close implicitly; an open polyline (an elbow connector) has distant ends.
        return vertices.Count >= 3 ? vertices : [];
    }

    private static CellShape? Round(List<Pt> points)
    {
        var box = BoxOf(points);
        if (!Plausible(box)) return null;
        var roundish = box.Width / box.Height is > 0.8 and < 1.25;
        return new CellShape(roundish && box.Width <= MaxConnectorSize ? CellShapeKind.Connector : CellShapeKind.Terminator, box);
    }

    /// <summary>A box, a diamond, or a many-sided outline (a circle or ellipse drawn with straight strokes).</summary>
    private static CellShape? Polygon(List<Pt> vertices)
    {
        if (vertices.Count < 4) return null; // triangles are arrowheads
        var box = BoxOf(vertices);
        if (!Plausible(box)) return null;
        if (vertices.Count == 4)
        {
            var edges = Enumerable.Range(0, 4).Select(i => (vertices[i], vertices[(i + 1) % 4])).ToList();
            if (edges.All(e => AxisParallel(e.Item1, e.Item2))) return new CellShape(CellShapeKind.Process, box);
            if (vertices.All(v => OnEdgeMiddle(v, box))) return new CellShape(CellShapeKind.Decision, box);
            return null;
        }
        if (vertices.Count >= 8) return Round(vertices);
        return null; // pentagons and the like: off-page connectors, not steps
    }

    /// <summary>Separate strokes joined end to end into closed loops (every vertex met by exactly two strokes).</summary>
    private static IEnumerable<List<Pt>> Loops(List<(Pt A, Pt B)> segments)
    {
        var vertices = new List<Pt>();
        int VertexOf(Pt p)
        {
            var i = vertices.FindIndex(v => v.Near(p));
            if (i >= 0) return i;
            vertices.Add(p);
            return vertices.Count - 1;
        }
        var ends = segments.Select(s => (A: VertexOf(s.A), B: VertexOf(s.B))).Where(e => e.A != e.B).ToList();
        var neighbours = Enumerable.Range(0, vertices.Count).Select(_ => new List<int>()).ToList();
        foreach (var (a, b) in ends)
        {
            neighbours[a].Add(b);
            neighbours[b].Add(a);
        }
        var seen = new bool[vertices.Count];
        for (var start = 0; start < vertices.Count; start++)
        {
            if (seen[start] || neighbours[start].Count != 2) continue;
            // Walk the loop; give up on it as soon as a vertex branches or the walk dead-ends.
            var loop = new List<int> { start };
            seen[start] = true;
            int previous = start, current = neighbours[start][0];
            var closed = false;
            while (neighbours[current].Count == 2)
            {
                if (current == start) { closed = true; break; }
                if (seen[current]) break;
                seen[current] = true;
                loop.Add(current);
                var next = neighbours[current][0] == previous ? neighbours[current][1] : neighbours[current][0];
                (previous, current) = (current, next);
            }
            if (closed) yield return loop.Select(i => vertices[i]).ToList();
        }
    }

    private static bool OnEdgeMiddle(Pt v, Box box)
    {
        double dx = 0.15 * box.Width, dy = 0.15 * box.Height;
        var midX = Math.Abs(v.X - box.CenterX) <= dx;
        var midY = Math.Abs(v.Y - box.CenterY) <= dy;
        var atX = Math.Abs(v.X - box.Left) <= dx || Math.Abs(v.X - box.Right) <= dx;
        var atY = Math.Abs(v.Y - box.Top) <= dy || Math.Abs(v.Y - box.Bottom) <= dy;
        return (midX && atY) || (midY && atX);
    }

    private static bool Plausible(Box box) =>
        box.Width >= MinSize && box.Height >= MinSize && box.Width <= MaxSize && box.Height <= MaxSize;

    private static bool AxisParallel(Pt a, Pt b) => Math.Abs(a.X - b.X) <= AxisSlack || Math.Abs(a.Y - b.Y) <= AxisSlack;

    private static Box BoxOf(IReadOnlyList<Pt> points) =>
        new(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));

    private readonly record struct Pt(double X, double Y)
    {
        public bool Near(Pt other) => Math.Abs(X - other.X) <= VertexSnap && Math.Abs(Y - other.Y) <= VertexSnap;
    }
}
