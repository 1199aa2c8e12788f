using OpenCvSharp;

namespace SopIngest.Ocr.Cleanup;

/// <summary>
/// A page after clean-up, upright and deskewed: the grey image, its binarised form (ink 0 on 255) with the
/// margins and speckles removed, the same without ruling lines (what text is read from), and the rules found.
/// </summary>
internal sealed class CleanedPage(Mat gray, Mat binary, Mat textOnly, IReadOnlyList<PixelRuling> rulings, int rotation, double skew)
    : IDisposable
{
    public Mat Gray { get; } = gray;
    public Mat Binary { get; } = binary;
    public Mat TextOnly { get; } = textOnly;
    public IReadOnlyList<PixelRuling> Rulings { get; } = rulings;

    /// <summary>Clockwise quarter turn applied to make the page upright: 0, 90, 180 or 270.</summary>
    public int Rotation { get; } = rotation;

    /// <summary>Skew removed, in degrees (positive: the scan was turned anticlockwise).</summary>
    public double Skew { get; } = skew;

    public int Width => Gray.Width;
    public int Height => Gray.Height;

    public void Dispose()
    {
        Gray.Dispose();
        Binary.Dispose();
        TextOnly.Dispose();
    }
}

/// <summary>
/// A straight rule in pixels. <see cref="Position"/> is y for horizontal rules and x for vertical ones;
/// <see cref="Start"/>..<see cref="End"/> is its extent along the other axis.
/// </summary>
internal sealed record PixelRuling(bool Horizontal, double Position, double Start, double End, double Thickness)
{
    public double Length => End - Start;

    public double Overlap(double from, double to) => Math.Max(0, Math.Min(End, to) - Math.Max(Start, from));
}
