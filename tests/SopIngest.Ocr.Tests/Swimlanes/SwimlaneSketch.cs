using OpenCvSharp;

namespace SopIngest.Ocr.Tests.Swimlanes;

/// <summary>
/// Draws a small procedure table the way SOP AP pages draw it: No and Kegiatan columns, ruled lanes with small
/// symbols and elbow connectors with filled arrowheads, three Mutu Baku columns. Sizes are in inches, so one sketch
/// can be drawn at any resolution. Lane <c>l</c> is grid column <c>l + </c><see cref="FirstLane"/>.
/// </summary>
internal sealed class SwimlaneSketch(int rows, int lanes, int dpi)
{
    public const double Margin = 0.5, Top = 0.5, LaneWidth = 1.3, RowHeight = 0.9, MutuWidth = 0.8;
    public const double Left = Margin + 0.4 + 1.2;
    public const int FirstLane = 2;

    private readonly List<Action<Mat>> _marks = [];

    public SwimlaneSketch Box(int row, double lane, double gapFrom = 0, double gapTo = 0)
    {
        var (cx, cy) = Centre(row, lane);
        _marks.Add(m =>
        {
            Cv2.Rectangle(m, R(cx - 0.32, cy - 0.13, 0.64, 0.26), Scalar.All(0), Thick);
            // A dropout in the top edge, as scans of thin strokes have.
            if (gapTo > gapFrom) Cv2.Rectangle(m, R(cx - 0.32 + gapFrom, cy - 0.16, gapTo - gapFrom, 0.06), Scalar.All(255), -1);
        });
        return this;
    }

    public SwimlaneSketch Diamond(int row, double lane)
    {
        var (cx, cy) = Centre(row, lane);
        _marks.Add(m => Cv2.Polylines(m, [[P(cx, cy - 0.18), P(cx + 0.38, cy), P(cx, cy + 0.18), P(cx - 0.38, cy)]], true, Scalar.All(0), Thick));
        return this;
    }

    public SwimlaneSketch Capsule(int row, double lane)
    {
        var (cx, cy) = Centre(row, lane);
        _marks.Add(m =>
        {
            var r = 0.1;
            Cv2.Line(m, P(cx - 0.25, cy - r), P(cx + 0.25, cy - r), Scalar.All(0), Thick);
            Cv2.Line(m, P(cx - 0.25, cy + r), P(cx + 0.25, cy + r), Scalar.All(0), Thick);
            Cv2.Ellipse(m, P(cx - 0.25, cy), new Size(Px(r), Px(r)), 0, 90, 270, Scalar.All(0), Thick);
            Cv2.Ellipse(m, P(cx + 0.25, cy), new Size(Px(r), Px(r)), 0, -90, 90, Scalar.All(0), Thick);
        });
        return this;
    }

    /// <summary>A word (a decision's "Ya" or "Tidak") with its baseline's left end at (x, y) inches.</summary>
    public SwimlaneSketch Label(string text, double x, double y)
    {
        _marks.Add(m => Cv2.PutText(m, text, P(x, y), HersheyFonts.HersheyDuplex, dpi / 300.0 * 0.9, Scalar.All(0), Thick, LineTypes.AntiAlias));
        return this;
    }

    /// <summary>A connector through the points (inches), its arrowhead at the last one.</summary>
    public SwimlaneSketch Arrow(params (double X, double Y)[] points)
    {
        _marks.Add(m =>
        {
            for (var i = 0; i + 1 < points.Length; i++)
                Cv2.Line(m, P(points[i].X, points[i].Y), P(points[i + 1].X, points[i + 1].Y), Scalar.All(0), Thick);
            var (end, before) = (points[^1], points[^2]);
            var (dx, dy) = (Math.Sign(end.X - before.X), Math.Sign(end.Y - before.Y));
            const double length = 0.09, half = 0.04;
            var back = (X: end.X - dx * length, Y: end.Y - dy * length);
            Cv2.FillConvexPoly(m, [P(end.X, end.Y), P(back.X - dy * half, back.Y + dx * half), P(back.X + dy * half, back.Y - dx * half)], Scalar.All(0));
        });
        return this;
    }

    /// <summary>The centre of a cell of the lanes, in inches; <paramref name="lane"/> may be fractional (a symbol off centre).</summary>
    public static (double X, double Y) Centre(int row, double lane) => (Left + (lane + 0.5) * LaneWidth, Top + (row + 0.5) * RowHeight);

    public Mat Draw(double skewDegrees = 0)
    {
        var right = Left + lanes * LaneWidth + 3 * MutuWidth;
        var image = new Mat(Px(Top * 2 + rows * RowHeight), Px(right + Margin), MatType.CV_8UC1, Scalar.All(255));
        for (var r = 0; r <= rows; r++)
            Cv2.Line(image, P(Margin, Top + r * RowHeight), P(right, Top + r * RowHeight), Scalar.All(0), Thick);
        var columns = new[] { Margin, Margin + 0.4 }
            .Concat(Enumerable.Range(0, lanes + 1).Select(c => Left + c * LaneWidth))
            .Concat(Enumerable.Range(1, 3).Select(c => Left + lanes * LaneWidth + c * MutuWidth));
        foreach (var x in columns)
            Cv2.Line(image, P(x, Top), P(x, Top + rows * RowHeight), Scalar.All(0), Thick);
        // A heading, as every page has: a page of nothing but rules and symbols gives the deskew nothing flat to go by.
        Cv2.PutText(image, "PROSEDUR PELAKSANAAN KEGIATAN", P(Margin, Top - 0.15), HersheyFonts.HersheyDuplex, dpi / 200.0, Scalar.All(0), Thick, LineTypes.AntiAlias);
        foreach (var mark in _marks) mark(image);
        if (skewDegrees == 0) return image;
        using var turn = Cv2.GetRotationMatrix2D(new Point2f(image.Width / 2f, image.Height / 2f), skewDegrees, 1);
        var skewed = new Mat();
        Cv2.WarpAffine(image, skewed, turn, image.Size(), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.All(255));
        image.Dispose();
        return skewed;
    }

    private int Thick => Math.Max(1, dpi / 100);

    private int Px(double inches) => (int)Math.Round(inches * dpi);

    private Point P(double x, double y) => new(Px(x), Px(y));

    private Rect R(double x, double y, double w, double h) => new(Px(x), Px(y), Px(w), Px(h));
}
