using System.Globalization;
using System.Security;
using System.Text;
using SopIngest.Core.Records;

namespace SopIngest.Exports;

/// <summary>
/// Draws a record's swimlane as SVG, the way the SOP AP table prints it: a column per actor, a row per
/// step, the step's shape in its actor's column, arrows to the next steps (back-edges routed on the right),
/// so a reader can hold the reconstruction against the scan. Steps with no actor go to a "?" lane.
/// </summary>
public sealed class SvgSwimlaneExporter(SvgSwimlaneOptions options)
{
    public SvgSwimlaneExporter() : this(new SvgSwimlaneOptions()) { }

    public string Export(SopRecord record)
    {
        var nodes = new FlowNodes(record);
        var lanes = nodes.Lanes.Append("?").ToList();
        var width = options.ActivityColumnWidth + lanes.Count * options.LaneWidth;
        var height = options.HeaderHeight + Math.Max(1, record.Steps.Count) * options.RowHeight;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"11\">"));
        svg.Append("<defs><marker id=\"arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"7\" refY=\"4\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\"/></marker></defs>");
        svg.Append(Invariant($"<title>{Escape(record.Title)}</title>"));
        DrawGrid(svg, record, lanes, width, height);
        for (var i = 0; i < record.Steps.Count; i++)
            DrawShape(svg, record.Steps[i], i, Lane(nodes, record.Steps[i], lanes.Count));
        foreach (var (from, to, label) in nodes.Edges())
            DrawEdge(svg, from, Lane(nodes, record.Steps[from], lanes.Count), to, Lane(nodes, record.Steps[to], lanes.Count), label);
        return svg.Append("</svg>").ToString();
    }

    private static int Lane(FlowNodes nodes, Step step, int laneCount) => nodes.LaneOf(step) is var lane and >= 0 ? lane : laneCount - 1;

    private void DrawGrid(StringBuilder svg, SopRecord record, List<string> lanes, double width, double height)
    {
        svg.Append(Invariant($"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"white\" stroke=\"black\"/>"));
        svg.Append(Invariant($"<text x=\"8\" y=\"{options.HeaderHeight / 2 + 4}\" font-weight=\"bold\">No / Kegiatan</text>"));
        for (var l = 0; l < lanes.Count; l++)
        {
            var x = options.ActivityColumnWidth + l * options.LaneWidth;
            svg.Append(Invariant($"<line x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{height}\" stroke=\"black\"/>"));
            svg.Append(Invariant($"<text x=\"{x + options.LaneWidth / 2}\" y=\"{options.HeaderHeight / 2 + 4}\" text-anchor=\"middle\" font-weight=\"bold\">{Escape(Clip(lanes[l], 22))}</text>"));
        }
        for (var i = 0; i < record.Steps.Count; i++)
        {
            var y = RowTop(i);
            svg.Append(Invariant($"<line x1=\"0\" y1=\"{y}\" x2=\"{width}\" y2=\"{y}\" stroke=\"#999\"/>"));
            svg.Append(Invariant($"<text x=\"8\" y=\"{y + options.RowHeight / 2 + 4}\">{record.Steps[i].No}. {Escape(Clip(record.Steps[i].Activity, options.MaxActivityChars))}</text>"));
        }
    }

    private void DrawShape(StringBuilder svg, Step step, int row, int lane)
    {
        var (cx, cy) = Center(row, lane);
        var (w, h) = (options.ShapeWidth, options.ShapeHeight);
        var style = step.Actors.Count == 0 ? "fill=\"#eee\" stroke=\"#888\" stroke-dasharray=\"4 2\"" : "fill=\"#fff\" stroke=\"black\"";
        svg.Append(step.Shape switch
        {
            StepShape.Start or StepShape.End => Invariant($"<rect data-step=\"{step.No}\" data-shape=\"{Name(step.Shape)}\" x=\"{cx - w / 2}\" y=\"{cy - h / 2}\" width=\"{w}\" height=\"{h}\" rx=\"{h / 2}\" {style}/>"),
            StepShape.Decision => Invariant($"<polygon data-step=\"{step.No}\" data-shape=\"decision\" points=\"{cx},{cy - h / 2 - 6} {cx + w / 2},{cy} {cx},{cy + h / 2 + 6} {cx - w / 2},{cy}\" {style}/>"),
            _ => Invariant($"<rect data-step=\"{step.No}\" data-shape=\"process\" x=\"{cx - w / 2}\" y=\"{cy - h / 2}\" width=\"{w}\" height=\"{h}\" {style}/>"),
        });
        var label = step.Shape switch { StepShape.Start => "mulai", StepShape.End => "selesai", _ => step.No.ToString(CultureInfo.InvariantCulture) };
        svg.Append(Invariant($"<text x=\"{cx}\" y=\"{cy + 4}\" text-anchor=\"middle\">{label}</text>"));
    }

    private void DrawEdge(StringBuilder svg, int from, int fromLane, int to, int toLane, string? label)
    {
        var (fx, fy) = Center(from, fromLane);
        var (tx, ty) = Center(to, toLane);
        var half = options.ShapeHeight / 2;
        string points;
        if (to > from)
        {
            var bend = fy + half + (options.RowHeight - options.ShapeHeight) / 4;
            points = Invariant($"{fx},{fy + half} {fx},{bend} {tx},{bend} {tx},{ty - half}");
        }
        else
        {
            var side = Math.Max(fx, tx) + options.LaneWidth / 2 - 6; // back-edges run up the lane's right edge
            points = Invariant($"{fx + options.ShapeWidth / 2},{fy} {side},{fy} {side},{ty} {tx + options.ShapeWidth / 2},{ty}");
        }
        svg.Append(Invariant($"<polyline data-from=\"{from + 1}\" data-to=\"{to + 1}\" points=\"{points}\" fill=\"none\" stroke=\"black\" marker-end=\"url(#arrow)\"/>"));
        if (label is not null)
            svg.Append(Invariant($"<text x=\"{fx + 6}\" y=\"{fy + half + 12}\" font-size=\"10\" font-style=\"italic\">{Escape(label)}</text>"));
    }

    private (double X, double Y) Center(int row, int lane) =>
        (options.ActivityColumnWidth + lane * options.LaneWidth + options.LaneWidth / 2, RowTop(row) + options.RowHeight / 2);

    private double RowTop(int row) => options.HeaderHeight + row * options.RowHeight;

    private static string Name(StepShape shape) => shape.ToString().ToLowerInvariant();

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
