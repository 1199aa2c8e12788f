using OpenCvSharp;

namespace SopIngest.Ocr.Cleanup;

/// <summary>
/// Finds the angle that makes a page's row profile spikiest: text lines and rules lie flat there. Each angle
/// is scored by projecting the ink pixels' coordinates, not by turning the image: the same profile for a
/// fraction of the work, which matters because some thirty angles are tried on every page.
/// </summary>
internal static class SkewFinder
{
    /// <param name="ink">Ink 255 on 0.</param>
    /// <returns>Degrees (positive: anticlockwise, as <c>GetRotationMatrix2D</c> turns), 0 when the page is flat or blank.</returns>
    public static double Find(Mat ink, double maxDegrees)
    {
        if (Cv2.CountNonZero(ink) < 200) return 0;
        using var points = new Mat();
        Cv2.FindNonZero(ink, points);
        points.GetArray(out Point[] pixels);
        var profile = new Profile(pixels, ink.Width, ink.Height);
        double best = 0, bestScore = profile.Spikiness(0);
        // Coarse then fine: half-degree steps across the range, then tenths around the best.
        for (var a = -maxDegrees; a <= maxDegrees + 1e-9; a += 0.5)
        {
            var s = profile.Spikiness(a);
            if (s > bestScore) (best, bestScore) = (a, s);
        }
        var coarse = best;
        for (var a = coarse - 0.4; a <= coarse + 0.4 + 1e-9; a += 0.1)
        {
            var s = profile.Spikiness(a);
            if (s > bestScore) (best, bestScore) = (a, s);
        }
        return Math.Abs(best) < 0.05 ? 0 : Math.Round(best, 2);
    }

    private sealed class Profile(Point[] pixels, int width, int height)
    {
        private readonly int[] _rows = new int[height];

        /// <summary>Variance of the ink per row once the page is turned by <paramref name="degrees"/> about its centre.</summary>
        public double Spikiness(double degrees)
        {
            Array.Clear(_rows);
            var radians = degrees * Math.PI / 180;
            double sin = Math.Sin(radians), cos = Math.Cos(radians), cx = width / 2.0, cy = height / 2.0;
            foreach (var p in pixels)
            {
                var y = (int)Math.Round((p.Y - cy) * cos - (p.X - cx) * sin + cy);
                if ((uint)y < (uint)height) _rows[y]++;
            }
            double sum = 0, squares = 0;
            foreach (var n in _rows)
            {
                sum += n;
                squares += (double)n * n;
            }
            var mean = sum / height;
            return squares / height - mean * mean;
        }
    }
}
