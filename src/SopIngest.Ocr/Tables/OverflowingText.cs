using OpenCvSharp;

namespace SopIngest.Ocr.Tables;

/// <summary>
/// Text wider than its cell: a lane name in a narrow actor column runs on over the column line into the next cell.
/// Cut off at the cell's crop it reads "Pengadministr:", and the rule erased under a letter turns "UPTD" into "UPTI".
/// When a word read in a cell touches a side of the crop and ink runs straight on across the column line in that
/// word's rows, the cell is read again over the whole run, with the strokes the rule's removal cut bridged again.
/// Words read there belong to the cell their middle lies in, so the neighbour a word spills into does not take it.
/// </summary>
internal static class OverflowingText
{
    // How far past its column line a word may run, in inches. Ink running on further is the neighbour's own text
    // starting by the line (a centred lane name as wide as its lane), not the end of this cell's word.
    private const double MaxReachInches = 0.3;

    /// <summary>
    /// How the cell's text meets its column lines: when a word touching <paramref name="crop"/>'s side runs on over
    /// the line for a short way, the stretch to read again; when the ink across the line runs on for longer, a short
    /// word at that side is the tail of the neighbour's word that spilled in. Null when neither happens.
    /// </summary>
    public static Overflow? Find(Mat textOnly, Rect cell, Rect crop, IReadOnlyList<Rect> words, int dpi)
    {
        // A word cut by the crop reaches its side, or nearly: the letter's stroke under the rule went with the rule.
        var near = Reach(dpi);
        var leftWords = words.Where(w => w.Left <= crop.Left + near).ToList();
        var rightWords = words.Where(w => w.Right >= crop.Right - near).ToList();
        var left = RunOver(textOnly, cell.Left, -1, leftWords, crop, dpi);
        var right = RunOver(textOnly, cell.Right, +1, rightWords, crop, dpi);
        if (left is null && right is null) return null;
        var tail = (int)(MaxReachInches * dpi);
        var span = Rect.FromLTRB(left is > 0 and var l ? l : crop.Left, crop.Top, right is > 0 and var r ? r : crop.Right, crop.Bottom);
        return new Overflow(span,
            left > 0 ? Rows(textOnly, leftWords) : null, right > 0 ? Rows(textOnly, rightWords) : null,
            left == SpilledIn ? crop.Left + tail : int.MinValue, right == SpilledIn ? crop.Right - tail : int.MaxValue, near);
    }

    /// <summary>
    /// A copy of the overflow's span of the text image: past the cell's lines only the rows of the words that run
    /// over them (the neighbour's own lines above and below are whitened), and the gaps the lines' removal left in
    /// those rows filled from the strokes on either side.
    /// </summary>
    public static Mat Bridged(Mat textOnly, Overflow overflow, Rect cell, int dpi)
    {
        var span = overflow.Span;
        var patch = textOnly[span].Clone();
        var reach = Reach(dpi);
        KeepRows(patch, 0, cell.Left - span.Left - reach, overflow.LeftRows, span.Top);
        KeepRows(patch, cell.Right - span.Left + reach, patch.Width, overflow.RightRows, span.Top);
        using var mask = new Mat(patch.Size(), MatType.CV_8UC1, Scalar.All(0));
        foreach (var (line, rows) in new[] { (cell.Left, overflow.LeftRows), (cell.Right, overflow.RightRows) })
        {
            if (rows is not { } r) continue;
            var band = Rect.FromLTRB(line - reach - span.Left, r.Top - span.Top, line + reach + 1 - span.Left, r.Bottom - span.Top)
                       & new Rect(0, 0, patch.Width, patch.Height);
            if (band.Width <= 0 || band.Height <= 0) continue;
            using var white = new Mat();
            using (var region = patch[band]) Cv2.InRange(region, Scalar.All(250), Scalar.All(255), white);
            using var target = mask[band];
            white.CopyTo(target);
        }
        Cv2.Inpaint(patch, mask, patch, reach, InpaintTypes.Telea);
        return patch;
    }

    /// <summary>
    /// Past the line, keeps only the strokes lying wholly within the overflowing words' rows: the neighbour's own
    /// letters on the lines above and below reach out of them, even when one starts just under the word's last letter.
    /// </summary>
    private static void KeepRows(Mat patch, int from, int to, (int Top, int Bottom)? rows, int top)
    {
        from = Math.Max(0, from);
        to = Math.Min(patch.Width, to);
        if (rows is not { } r || to <= from) return;
        using var side = patch[new Rect(from, 0, to - from, patch.Height)];
        using var ink = new Mat();
        Cv2.Threshold(side, ink, 127, 255, ThresholdTypes.BinaryInv);
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(ink, labels, stats, centroids);
        var (keepTop, keepBottom) = (r.Top - top, r.Bottom - top);
        for (var i = 1; i < count; i++)
        {
            int y = stats.At<int>(i, 1), h = stats.At<int>(i, 3);
            if (y >= keepTop && y + h <= keepBottom) continue;
            using var blob = new Mat();
            Cv2.Compare(labels, Scalar.All(i), blob, CmpTypes.EQ);
            // A stroke of the word that a neighbour's letter touches keeps its part within the rows.
            if (y < keepBottom && y + h > keepTop && y >= keepTop - 2)
                using (var within = blob[new Rect(0, Math.Max(0, keepTop), blob.Width, Math.Max(0, Math.Min(blob.Height, keepBottom) - Math.Max(0, keepTop)))])
                    within.SetTo(Scalar.All(0));
            side.SetTo(Scalar.All(255), blob);
        }
    }

    /// <summary>
    /// The words' rows from their tops down to their baseline: below it only descenders reach, and a neighbour's
    /// letter starting under the word's last letters would join them.
    /// </summary>
    private static (int Top, int Bottom) Rows(Mat textOnly, List<Rect> words)
    {
        var box = words.Aggregate((a, b) => a | b) & new Rect(0, 0, textOnly.Width, textOnly.Height);
        using var region = textOnly[box];
        using var ink = new Mat();
        Cv2.Threshold(region, ink, 127, 1, ThresholdTypes.BinaryInv);
        using var counts = ink.Reduce(ReduceDimension.Column, ReduceTypes.Sum, MatType.CV_32S);
        counts.GetArray(out int[] perRow);
        var busiest = perRow.DefaultIfEmpty(0).Max();
        var baseline = Array.FindLastIndex(perRow, c => c >= busiest / 4);
        return (box.Top - 2, box.Top + Math.Max(baseline, 0) + 2);
    }

    /// <summary>Whether a word's middle lies within the cell's columns.</summary>
    public static bool Belongs(Rect word, Rect cell)
    {
        var middle = word.Left + word.Width / 2;
        return middle >= cell.Left && middle < cell.Right;
    }

    // RunOver's answer when the ink across the line runs on further than a word of this cell would.
    private const int SpilledIn = -1;

    /// <summary>
    /// Where the ink across a column line ends, going away from the cell (<paramref name="direction"/> −1 left,
    /// +1 right), when the touching words' rows carry ink straight over the line and it ends within reach;
    /// <see cref="SpilledIn"/> when it runs on; null when no ink crosses.
    /// </summary>
    private static int? RunOver(Mat textOnly, int line, int direction, List<Rect> touching, Rect crop, int dpi)
    {
        // The middle of the words' rows: the ascenders and descenders of the lines above and below stay out.
        var rows = touching.Select(w => (Top: w.Top + w.Height * 2 / 5, Bottom: w.Bottom - w.Height * 2 / 5)).ToList();
        if (rows.Count == 0) return null;
        int top = Math.Max(crop.Top, rows.Min(r => r.Top)), bottom = Math.Min(crop.Bottom, rows.Max(r => r.Bottom));
        var reach = Reach(dpi);
        // A gap as wide as a word space ends the run; the rule's own erased band is narrower.
        var gap = Math.Max(4, dpi / 24);
        var limit = (int)(MaxReachInches * dpi);
        var lastInk = -1;
        for (var step = 1; step <= limit; step++)
        {
            var x = line + direction * step;
            if (x < 0 || x >= textOnly.Width) return null;
            if (HasInk(textOnly, x, top, bottom)) lastInk = step;
            else if (step - Math.Max(lastInk, reach) > gap) return lastInk <= reach ? null : line + direction * (lastInk + 2);
        }
        return SpilledIn;
    }

    private static bool HasInk(Mat image, int x, int top, int bottom)
    {
        using var column = image[new Rect(x, top, 1, Math.Max(1, bottom - top))];
        Cv2.MinMaxLoc(column, out double darkest, out _);
        return darkest < 128;
    }

    // Half the width of the band the removal of a column line whitened: the rule's half width and the mask's growth.
    private static int Reach(int dpi) => Math.Max(3, dpi / 60);
}

/// <summary>
/// Where a cell's text runs over its column lines: the span to read and, per side run over, the rows of the words that
/// do. A word at the left side ending before <see cref="LeftTailUpTo"/> (at the right side starting after
/// <see cref="RightTailFrom"/>) is the tail of a neighbour's word.
/// </summary>
internal sealed record Overflow(
    Rect Span, (int Top, int Bottom)? LeftRows, (int Top, int Bottom)? RightRows, int LeftTailUpTo, int RightTailFrom, int Near)
{
    public bool IsNeighboursTail(Rect word, Rect crop) =>
        (word.Left <= crop.Left + Near && word.Right <= LeftTailUpTo) || (word.Right >= crop.Right - Near && word.Left >= RightTailFrom);
}
