namespace SopIngest.Web.Review.Overlays;

/// <summary>
/// What the review page draws over one page image, in the layout's page units (y down); the browser scales
/// it with an SVG view box of <see cref="Width"/> × <see cref="Height"/> (the scan as it is) and lays it onto the
/// scan with <see cref="Transform"/>, an SVG <c>matrix(a b c d e f)</c> undoing the quarter turn and deskew the
/// reader applied; null when it applied none.
/// </summary>
public sealed record PageOverlay(
    int Page, double Width, double Height, IReadOnlyList<OverlayRegion> Regions, IReadOnlyList<OverlayWord> Words, IReadOnlyList<OverlayArrow> Arrows,
    IReadOnlyList<double>? Transform = null);

/// <summary>
/// A table cell, a text line or a swimlane shape on the scan. <paramref name="Kind"/>: <c>cell</c>, <c>line</c> or
/// <c>shape</c>; <paramref name="Shape"/> names a shape's symbol (terminator, process, decision, connector).
/// </summary>
public sealed record OverlayRegion(string Id, string Kind, double X, double Y, double W, double H, string Text, string? Shape = null);

/// <summary>A swimlane connector as the reader traced it: from the edge of one symbol to the edge of the one it points at.</summary>
public sealed record OverlayArrow(double X1, double Y1, double X2, double Y2, string? Label);

/// <summary>A recognised word and its confidence (0..1), coloured by it on the scan.</summary>
public sealed record OverlayWord(string Text, double X, double Y, double W, double H, double Confidence);

/// <summary>
/// The overlays of a record's pages and which regions each form field came from: keys are the form's
/// <c>data-field</c> names (<c>title</c>, <c>steps[2].activity</c>) and, for a step's whole table row, <c>steps[2]</c>.
/// </summary>
public sealed record ScanOverlays(IReadOnlyList<PageOverlay> Pages, IReadOnlyDictionary<string, IReadOnlyList<string>> Links)
{
    public static ScanOverlays None { get; } = new([], new Dictionary<string, IReadOnlyList<string>>());

    public bool IsEmpty => Pages.Count == 0;
}
