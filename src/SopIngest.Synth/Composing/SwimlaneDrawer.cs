using SopIngest.Core.Records;
using SopIngest.Synth.Drawing;

namespace SopIngest.Synth.Composing;

/// <summary>
/// The flowchart in the actor lanes of one page: a terminator, box or diamond per step in its actor's lane,
/// elbow arrows to the next step, <c>Ya</c> onward and <c>Tidak</c> back from decisions (routed up the lane's
/// gutter, or to a numbered connector when the target is on an earlier page), and off-page connectors
/// where the table breaks.
/// </summary>
internal sealed class SwimlaneDrawer(
    PageStyle style, ColumnGrid grid, SopRecord record, IReadOnlyDictionary<int, (double Top, double Height)> placed)
{
    private const double ArrowHead = 4;

    private int _backEdges;

    private readonly record struct Shape(double Cx, double Cy, double W, double H, int Lane)
    {
        public double Top => Cy - H / 2;

        public double Bottom => Cy + H / 2;
    }

    public void Draw(IPageCanvas c, IReadOnlyList<int> rows, string? connectorIn, string? connectorOut, double tableBottom)
    {
        var shapes = rows.ToDictionary(i => i, i => Place(i, i == rows[0] && connectorIn is not null));
        var lw = style.ShapeLineWidth;
        foreach (var i in rows) DrawShape(c, record.Steps[i], shapes[i], lw);

        if (connectorIn is not null)
        {
            var first = shapes[rows[0]];
            var top = placed[rows[0]].Top + 2;
            OffPage(c, first.Cx, top, connectorIn, lw);
            Arrow(c, [(first.Cx, top + 14), (first.Cx, first.Top)], lw);
        }

        foreach (var i in rows)
        {
            var step = record.Steps[i];
            var from = shapes[i];
            foreach (var edge in step.Next)
            {
                var target = edge.To - 1;
                if (edge.Label == "Tidak")
                {
                    DrawBack(c, from, target, shapes, lw);
                    continue;
                }
                if (shapes.TryGetValue(target, out var to))
                {
                    var midY = placed[target].Top + 4;
                    var points = from.Lane == to.Lane
                        ? new List<(double, double)> { (from.Cx, from.Bottom), (to.Cx, to.Top) }
                        : [(from.Cx, from.Bottom), (from.Cx, midY), (to.Cx, midY), (to.Cx, to.Top)];
                    Arrow(c, points, lw);
                }
                else if (connectorOut is not null)
                {
                    Arrow(c, [(from.Cx, from.Bottom), (from.Cx, tableBottom + 6)], lw);
                    OffPage(c, from.Cx, tableBottom + 6, connectorOut, lw);
                }
                if (edge.Label == "Ya") c.Text("Ya", from.Cx + 3, from.Bottom + 7, 6);
            }
        }
    }

    private Shape Place(int index, bool incoming)
    {
        var step = record.Steps[index];
        var (top, height) = placed[index];
        if (incoming)
        {
            top += ProcedureTableComposer.IncomingRoom;
            height -= ProcedureTableComposer.IncomingRoom;
        }
        var lane = Math.Max(0, record.Actors.ToList().IndexOf(step.Actors.FirstOrDefault() ?? ""));
        var (w, h) = step.Shape switch
        {
            StepShape.Decision => (Math.Min(grid.Lane * 0.8, 56), 26.0),
            StepShape.Start or StepShape.End => (Math.Min(grid.Lane * 0.72, 52), 15.0),
            _ => (Math.Min(grid.Lane * 0.7, 50), 18.0),
        };
        return new Shape(grid.LaneX(lane) + grid.Lane / 2, top + height / 2, w, h, lane);
    }

    private static void DrawShape(IPageCanvas c, Step step, Shape s, double lw)
    {
        switch (step.Shape)
        {
            case StepShape.Decision:
                c.Polygon([(s.Cx, s.Top), (s.Cx + s.W / 2, s.Cy), (s.Cx, s.Bottom), (s.Cx - s.W / 2, s.Cy)], lw);
                break;
            case StepShape.Start or StepShape.End:
                c.Terminator(s.Cx - s.W / 2, s.Top, s.W, s.H, lw);
                break;
            default:
                c.Rect(s.Cx - s.W / 2, s.Top, s.W, s.H, lw);
                break;
        }
    }

    // Tidak: out of the diamond's side into the lane's gutter, up to the target, into its side.
    private void DrawBack(IPageCanvas c, Shape from, int target, IReadOnlyDictionary<int, Shape> shapes, double lw)
    {
        var right = from.Lane < grid.Lanes - 1 || grid.Lanes == 1;
        var sideX = right ? from.Cx + from.W / 2 : from.Cx - from.W / 2;
        // Back edges of successive decisions run in separate tracks of the gutter.
        var track = 2.5 + 2.5 * (_backEdges++ % 3);
        var gutter = right ? grid.LaneX(from.Lane) + grid.Lane - track : grid.LaneX(from.Lane) + track;
        c.Text("Tidak", right ? sideX + 1 : sideX - 16, from.Cy + 7, 5.5); // below the segment: the gutter line goes up
        if (shapes.TryGetValue(target, out var to))
        {
            var entryX = gutter > to.Cx ? to.Cx + to.W / 2 : to.Cx - to.W / 2;
            Arrow(c, [(sideX, from.Cy), (gutter, from.Cy), (gutter, to.Cy), (entryX, to.Cy)], lw);
        }
        else
        {
            // The target is on an earlier page: a numbered on-page connector stands for it.
            var y = from.Cy + 9;
            c.Line(sideX, from.Cy, gutter, from.Cy, lw);
            Arrow(c, [(gutter, from.Cy), (gutter, y)], lw);
            var ring = Enumerable.Range(0, 16).Select(k => (gutter + 5.5 * Math.Cos(k * Math.PI / 8), y + 5.5 + 5.5 * Math.Sin(k * Math.PI / 8))).ToList();
            c.Polygon(ring, lw);
            c.Text((target + 1).ToString(), gutter - 2, y + 8, 6);
        }
    }

    private static void OffPage(IPageCanvas c, double cx, double top, string label, double lw)
    {
        c.Polygon([(cx - 7, top), (cx + 7, top), (cx + 7, top + 9), (cx, top + 14), (cx - 7, top + 9)], lw);
        c.Text(label, cx - 2.5, top + 8, 7, bold: true);
    }

    private static void Arrow(IPageCanvas c, IReadOnlyList<(double X, double Y)> points, double lw)
    {
        for (var i = 0; i + 1 < points.Count; i++)
            c.Line(points[i].X, points[i].Y, points[i + 1].X, points[i + 1].Y, lw);
        var (end, before) = (points[^1], points[^2]);
        var (dx, dy) = (end.X - before.X, end.Y - before.Y);
        var len = Math.Sqrt(dx * dx + dy * dy);
        if (len < 0.01) return;
        (dx, dy) = (dx / len, dy / len);
        var back = (end.X - dx * ArrowHead * 1.6, end.Y - dy * ArrowHead * 1.6);
        c.FillTriangle(end, (back.Item1 - dy * ArrowHead * 0.7, back.Item2 + dx * ArrowHead * 0.7), (back.Item1 + dy * ArrowHead * 0.7, back.Item2 - dx * ArrowHead * 0.7));
    }
}
