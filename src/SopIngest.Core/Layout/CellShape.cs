namespace SopIngest.Core.Layout;

/// <summary>The flowchart symbols an SOP swimlane draws in its actor columns.</summary>
public enum CellShapeKind
{
    /// <summary>A capsule, rounded box or ellipse: the start or end of the flow.</summary>
    Terminator,

    /// <summary>A box: an ordinary step.</summary>
    Process,

    /// <summary>A diamond: a decision.</summary>
    Decision,

    /// <summary>A small circle or pentagon joining the flow across pages; not a step.</summary>
    Connector,
}

/// <summary>A flowchart symbol drawn in a table cell, in page coordinates.</summary>
public sealed record CellShape(CellShapeKind Kind, Box Box);
