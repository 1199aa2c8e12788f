using OpenCvSharp;

namespace SopIngest.Ocr.Cleanup;

/// <summary>
/// How much of a circle runs over ink in a small mask, within a pixel: the circle search's centres and radii
/// are a pixel or two off, and a stamp's rings are concentric, so each found circle is fitted before use.
/// </summary>
internal sealed class RingCover
{
    private const int Samples = 90;

    // How far, in mask pixels, the centre and radius of a found circle are moved to fit the ring.
    private const int Slack = 3;

    private readonly byte[] _ink;
    private readonly int _width;
    private readonly int _height;

    /// <param name="ink">8-bit mask, ink non-zero.</param>
    public RingCover(Mat ink)
    {
        // Grown by a pixel once, so each sample is one look-up.
        using var grown = ink.Dilate(null);
        grown.GetArray(out _ink);
        _width = ink.Width;
        _height = ink.Height;
    }

    /// <summary>Share of the circle's length over ink.</summary>
    public double Cover(double cx, double cy, double radius)
    {
        var hits = 0;
        for (var i = 0; i < Samples; i++)
        {
            var angle = 2 * Math.PI * i / Samples;
            int x = (int)Math.Round(cx + radius * Math.Cos(angle)), y = (int)Math.Round(cy + radius * Math.Sin(angle));
            if (x >= 0 && y >= 0 && x < _width && y < _height && _ink[y * _width + x] != 0) hits++;
        }
        return hits / (double)Samples;
    }

    /// <summary>
    /// The best-covered circle near <paramref name="found"/>, widened to the outermost ring around about the same
    /// centre within <paramref name="reach"/>; null when even the best is covered less than <paramref name="minCover"/>.
    /// </summary>
    public CircleSegment? Fit(CircleSegment found, int reach, double minCover)
    {
        var (best, bestCover) = (found, -1.0);
        for (var dr = -Slack; dr <= Slack; dr++)
        {
            var (c, cover) = BestCentre(found.Center, found.Radius + dr);
            if (cover > bestCover) (best, bestCover) = (c, cover);
        }
        if (bestCover < minCover) return null;
        var outer = best;
        for (var r = best.Radius + Slack + 1; r <= best.Radius + reach; r++)
        {
            var (c, cover) = BestCentre(best.Center, r);
            if (cover >= minCover) outer = c;
        }
        return outer;
    }

    private (CircleSegment Circle, double Cover) BestCentre(Point2f near, float radius)
    {
        var (best, bestCover) = (new CircleSegment(near, radius), -1.0);
        for (var dy = -Slack; dy <= Slack; dy++)
            for (var dx = -Slack; dx <= Slack; dx++)
            {
                var cover = Cover(near.X + dx, near.Y + dy, radius);
                if (cover > bestCover) (best, bestCover) = (new CircleSegment(new Point2f(near.X + dx, near.Y + dy), radius), cover);
            }
        return (best, bestCover);
    }
}
