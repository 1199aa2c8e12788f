namespace SopIngest.Core.Layout;

/// <summary>
/// One page of a document: its blocks in reading order. Size is 0 when unknown (text exports). A scan is read
/// upright and straight: <paramref name="Rotation"/> is the clockwise quarter turn and <paramref name="Skew"/> the
/// anticlockwise turn in degrees (about the page centre) that were applied to the image, so what is read can be
/// laid back over the scan as it is.
/// </summary>
public sealed record LayoutPage(int Number, IReadOnlyList<LayoutBlock> Blocks, double Width = 0, double Height = 0, int Rotation = 0, double Skew = 0)
{
    /// <summary>Width of the scan as it is: a quarter turn swaps the sides of the page as read.</summary>
    public double ScanWidth => Rotation is 90 or 270 ? Height : Width;

    /// <summary>Height of the scan as it is.</summary>
    public double ScanHeight => Rotation is 90 or 270 ? Width : Height;

    /// <summary>
    /// Where a point of the page as read (upright and straight, y down) lies on the scan as it is: the deskew undone
    /// (a clockwise turn of <see cref="Skew"/> degrees about the page centre), then the quarter turn.
    /// </summary>
    public (double X, double Y) ToScan(double x, double y)
    {
        var turn = Skew * Math.PI / 180;
        var (cx, cy) = (Width / 2, Height / 2);
        var (dx, dy) = (x - cx, y - cy);
        var (u, v) = (cx + dx * Math.Cos(turn) - dy * Math.Sin(turn), cy + dx * Math.Sin(turn) + dy * Math.Cos(turn));
        // The reader turned the scan clockwise by Rotation; turning back maps (u, v) of the upright page onto it.
        return Rotation switch
        {
            90 => (v, Width - u),
            180 => (Width - u, Height - v),
            270 => (Height - v, u),
            _ => (u, v),
        };
    }
}
