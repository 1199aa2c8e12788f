using OpenCvSharp;

namespace SopIngest.Ocr.Tests;

/// <summary>Small page images drawn in the test, so OCR tests need no binary fixtures.</summary>
internal static class TestImages
{
    public static Mat TextLine(string text, double scale = 1.6, int thickness = 3, int width = 1400, int height = 140)
    {
        var image = new Mat(height, width, MatType.CV_8UC1, Scalar.All(255));
        Cv2.PutText(image, text, new Point(30, height / 2 + 20), HersheyFonts.HersheyDuplex, scale, Scalar.All(0), thickness, LineTypes.AntiAlias);
        return image;
    }

    /// <summary>A ruled table of <paramref name="rows"/> with the given cell texts, on a white page with a title line above.</summary>
    public static Mat Table(string title, string[][] rows, int cellWidth = 520, int cellHeight = 110)
    {
        var columns = rows.Max(r => r.Length);
        int left = 80, top = 220;
        var width = left * 2 + columns * cellWidth;
        var height = top + rows.Length * cellHeight + 120;
        var image = new Mat(height, width, MatType.CV_8UC1, Scalar.All(255));
        Cv2.PutText(image, title, new Point(left, 120), HersheyFonts.HersheyDuplex, 1.6, Scalar.All(0), 3, LineTypes.AntiAlias);
        for (var r = 0; r <= rows.Length; r++)
            Cv2.Line(image, new Point(left, top + r * cellHeight), new Point(left + columns * cellWidth, top + r * cellHeight), Scalar.All(0), 3);
        for (var c = 0; c <= columns; c++)
            Cv2.Line(image, new Point(left + c * cellWidth, top), new Point(left + c * cellWidth, top + rows.Length * cellHeight), Scalar.All(0), 3);
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                Cv2.PutText(image, rows[r][c], new Point(left + c * cellWidth + 25, top + r * cellHeight + 70),
                    HersheyFonts.HersheyDuplex, 1.3, Scalar.All(0), 2, LineTypes.AntiAlias);
        return image;
    }
}
