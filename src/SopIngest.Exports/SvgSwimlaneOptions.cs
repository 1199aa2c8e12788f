namespace SopIngest.Exports;

/// <summary>Geometry of the swimlane drawing, in SVG user units.</summary>
public sealed record SvgSwimlaneOptions
{
    public double ActivityColumnWidth { get; init; } = 280;
    public double LaneWidth { get; init; } = 150;
    public double HeaderHeight { get; init; } = 56;
    public double RowHeight { get; init; } = 68;
    public double ShapeWidth { get; init; } = 112;
    public double ShapeHeight { get; init; } = 36;
    public int MaxActivityChars { get; init; } = 44;
}
