using SkiaSharp;

namespace SopIngest.Synth.Drawing;

/// <summary>Draws a page onto a Skia canvas already scaled from points to pixels.</summary>
internal sealed class SkiaPageCanvas(SKCanvas canvas, FontSet fonts, double width, double height) : IPageCanvas
{
    public double Width => width;

    public double Height => height;

    public void Line(double x1, double y1, double x2, double y2, double w, Ink ink = default)
    {
        using var paint = Stroke(w, ink);
        canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
    }

    public void Rect(double x, double y, double w, double h, double lineWidth, Ink ink = default)
    {
        using var paint = Stroke(lineWidth, ink);
        canvas.DrawRect((float)x, (float)y, (float)w, (float)h, paint);
    }

    public void FillRect(double x, double y, double w, double h, byte gray)
    {
        using var paint = new SKPaint { Color = new SKColor(gray, gray, gray), Style = SKPaintStyle.Fill };
        canvas.DrawRect((float)x, (float)y, (float)w, (float)h, paint);
    }

    public void Polygon(IReadOnlyList<(double X, double Y)> points, double lineWidth, Ink ink = default)
    {
        using var path = new SKPath();
        path.MoveTo((float)points[0].X, (float)points[0].Y);
        foreach (var p in points.Skip(1)) path.LineTo((float)p.X, (float)p.Y);
        path.Close();
        using var fill = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawPath(path, fill);
        using var paint = Stroke(lineWidth, ink);
        canvas.DrawPath(path, paint);
    }

    public void Terminator(double x, double y, double w, double h, double lineWidth)
    {
        var r = (float)(h / 2);
        using var fill = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawRoundRect((float)x, (float)y, (float)w, (float)h, r, r, fill);
        using var paint = Stroke(lineWidth, default);
        canvas.DrawRoundRect((float)x, (float)y, (float)w, (float)h, r, r, paint);
    }

    public void FillTriangle((double X, double Y) a, (double X, double Y) b, (double X, double Y) c)
    {
        using var path = new SKPath();
        path.MoveTo((float)a.X, (float)a.Y);
        path.LineTo((float)b.X, (float)b.Y);
        path.LineTo((float)c.X, (float)c.Y);
        path.Close();
        using var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawPath(path, paint);
    }

    public void Text(string text, double x, double baseline, double size, bool bold = false)
    {
        using var font = FontSet.Linear(new SKFont(fonts.Typeface(bold), (float)size));
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(text, (float)x, (float)baseline, font, paint);
    }

    private static SKPaint Stroke(double width, Ink ink)
    {
        var color = ink == default ? SKColors.Black : new SKColor(ink.R, ink.G, ink.B, ink.A);
        return new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = (float)width, IsAntialias = true };
    }
}
