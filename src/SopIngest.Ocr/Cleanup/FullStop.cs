namespace SopIngest.Ocr.Cleanup;

/// <summary>
/// A full stop is as small as a speck of scanner noise, and dropping it joins what it separates: "Sek.Um" in an SOP
/// number reads "Sek Um". Unlike a speck it sits on the baseline just after a letter: beside it on the left, within a
/// narrow gap, is a blob of a letter's height whose bottom is level with its own.
/// </summary>
internal static class FullStop
{
    /// <param name="ids">Blob label per pixel, row by row.</param>
    /// <param name="stats">Per blob: x, y, width, height, area (OpenCV's connected-component statistics).</param>
    public static bool Follows(ReadOnlySpan<int> ids, int width, int[] stats, int blob, int dpi)
    {
        int x = stats[blob * 5], y = stats[blob * 5 + 1], h = stats[blob * 5 + 3];
        var bottom = y + h;
        var gap = Math.Max(3, dpi / 30);
        int minLetter = Math.Max(4, dpi / 40), maxLetter = dpi / 6;
        for (var column = x - 1; column >= Math.Max(0, x - gap); column--)
        {
            for (var row = y; row < bottom; row++)
            {
                var other = ids[row * width + column];
                if (other == 0 || other == blob) continue;
                int top = stats[other * 5 + 1], height = stats[other * 5 + 3];
                if (height >= minLetter && height <= maxLetter && Math.Abs(top + height - bottom) <= Math.Max(2, h / 2)) return true;
            }
        }
        return false;
    }
}
