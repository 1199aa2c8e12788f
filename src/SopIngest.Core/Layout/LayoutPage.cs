namespace SopIngest.Core.Layout;

/// <summary>
/// One page of a document: its blocks in reading order. Size is 0 when unknown (text exports). A scan is read
/// upright and straight: <paramref name="Rotation"/> is the clockwise quarter turn and <paramref name="Skew"/> the
/// anticlockwise turn in degrees (about the page centre) that were applied to the image, so what is read can be
/// laid back over the scan as it is.
/// </summary>
public sealed record LayoutPage(int Number, IReadOnlyList<LayoutBlock> Blocks, double Width = 0, double Height = 0, int Rotation = 0, double Skew = 0)
{
    /// <summary>
    /// Degrees clockwise, about the page centre, that lay what was read back over the scan as it is. A quarter turn
    /// also swaps the page's sides, which a turn cannot undo: only the deskew is then.
    /// </summary>
    public double TurnToScan => Skew + (Rotation == 180 ? 180 : 0);
}
