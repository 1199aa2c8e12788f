using SkiaSharp;
using SopIngest.Synth.Composing;
using SopIngest.Synth.Drawing;

namespace SopIngest.Synth.Scanning;

/// <summary>Prints a planned page at a resolution: white paper, the page drawn in points scaled to pixels, then the marks.</summary>
internal sealed class PageRasterizer(FontSet fonts)
{
    public SKBitmap Render(PagePlan plan, int dpi, Action<SKCanvas>? marks = null)
    {
        var scale = dpi / 72f;
        var bitmap = new SKBitmap((int)Math.Round(plan.Width * scale), (int)Math.Round(plan.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        plan.Draw(new SkiaPageCanvas(canvas, fonts, plan.Width, plan.Height));
        marks?.Invoke(canvas);
        canvas.Flush();
        return bitmap;
    }
}
