using SkiaSharp;
using SopIngest.Synth.Composing;

namespace SopIngest.Synth.Scanning;

/// <summary>What people add to a printed SOP before it is scanned: a signature, a round stamp over it, initials in a margin.</summary>
internal static class OfficeMarks
{
    public static void Signature(SKCanvas canvas, Area area, Random rng)
    {
        using var paint = Ink(new SKColor(20, 30, 110, 230), 1.1f);
        using var path = new SKPath();
        var x = (float)(area.X + 10 + rng.NextDouble() * 20);
        var y = (float)(area.Y + area.H * 0.6);
        path.MoveTo(x, y);
        for (var i = 0; i < 7; i++)
        {
            var nx = x + 8 + (float)rng.NextDouble() * 8;
            path.CubicTo(x + 3, y - 14 + (float)rng.NextDouble() * 6, nx - 3, y + 10 - (float)rng.NextDouble() * 6, nx, y + (float)(rng.NextDouble() * 6 - 3));
            x = nx;
        }
        canvas.DrawPath(path, paint);
    }

    /// <summary>A round office stamp in violet or blue, slightly rotated, text around the ring, over the signature.</summary>
    public static void Stamp(SKCanvas canvas, Area area, string office, Typeface typeface, Random rng)
    {
        var colour = rng.Next(2) == 0 ? new SKColor(90, 40, 150, 150) : new SKColor(30, 60, 170, 140);
        var cx = (float)(area.X + 30 + rng.NextDouble() * 40);
        var cy = (float)(area.Y + area.H / 2);
        canvas.Save();
        canvas.RotateDegrees((float)(rng.NextDouble() * 40 - 20), cx, cy);
        using var ring = Ink(colour, 1.6f);
        canvas.DrawCircle(cx, cy, 30, ring);
        canvas.DrawCircle(cx, cy, 21, ring);
        using var font = new SKFont(typeface.Value, 5.2f);
        using var fill = new SKPaint { Color = colour, IsAntialias = true };
        var text = (office.Length > 0 ? office : "PEMERINTAH DAERAH").ToUpperInvariant();
        if (text.Length > 40) text = text[..40];
        var step = 300f / Math.Max(1, text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            canvas.Save();
            canvas.RotateDegrees(-150 + i * step, cx, cy);
            canvas.DrawText(text[i].ToString(), cx - 1.5f, cy - 23.5f, font, fill);
            canvas.Restore();
        }
        canvas.DrawLine(cx - 14, cy, cx + 14, cy, ring);
        canvas.Restore();
    }

    /// <summary>Handwritten initials (a paraf) in the right or bottom margin.</summary>
    public static void Initials(SKCanvas canvas, double pageWidth, double pageHeight, Random rng)
    {
        using var paint = Ink(new SKColor(15, 25, 90, 220), 0.9f);
        using var path = new SKPath();
        var x = (float)(pageWidth - 44 + rng.NextDouble() * 8);
        var y = (float)(pageHeight * (0.5 + rng.NextDouble() * 0.4));
        if (rng.Next(2) == 0) { x = (float)(pageWidth * (0.6 + rng.NextDouble() * 0.3)); y = (float)(pageHeight - 16); }
        path.MoveTo(x, y);
        path.CubicTo(x + 4, y - 12, x + 6, y + 4, x + 9, y - 6);
        path.CubicTo(x + 11, y - 12, x + 12, y + 6, x + 16, y - 2);
        path.MoveTo(x - 2, y + 3);
        path.LineTo(x + 18, y + 1);
        canvas.DrawPath(path, paint);
    }

    private static SKPaint Ink(SKColor colour, float width) =>
        new() { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true, StrokeCap = SKStrokeCap.Round };
}

/// <summary>A typeface handed to the marks without exposing the font set.</summary>
internal readonly record struct Typeface(SKTypeface Value);
