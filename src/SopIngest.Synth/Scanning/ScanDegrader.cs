using SkiaSharp;

namespace SopIngest.Synth.Scanning;

/// <summary>
/// What a flatbed or feeder scanner does to a printed page: skew (or a page fed upside down), optical blur,
/// uneven lighting, paper tone, sensor noise and dust specks, grayscale conversion, JPEG compression.
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class ScanDegrader
{
    /// <summary>The scanned page as JPEG bytes (grayscale unless the profile scans in colour).</summary>
    public static byte[] Scan(SKBitmap page, ScanProfile profile, bool upsideDown, Random rng)
    {
        var w = page.Width;
        var h = page.Height;
        using var turned = new SKBitmap(w, h, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(turned))
        {
            canvas.Clear(SKColors.White);
            // Each page of a feeder sits a little differently around the file's skew.
            var angle = profile.SkewDegrees + (rng.NextDouble() - 0.5) * 0.4 + (upsideDown ? 180 : 0);
            canvas.RotateDegrees((float)angle, w / 2f, h / 2f);
            var sigma = (float)(profile.Blur * profile.Dpi / 300.0);
            using var blur = sigma > 0.05 ? SKImageFilter.CreateBlur(sigma, sigma) : null;
            using var paint = new SKPaint { ImageFilter = blur };
            using var image = SKImage.FromBitmap(page);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paint);
        }

        var channels = profile.Colour ? 3 : 1;
        var output = new byte[w * h * (profile.Colour ? 4 : 1)];
        var pixels = turned.GetPixelSpan();
        var (lx, ly) = (rng.NextDouble(), rng.NextDouble());
        var paper = 240 + rng.Next(12);
        var speckle = profile.Speckles;
        for (var y = 0; y < h; y++)
        {
            var dy = (double)y / h - ly;
            for (var x = 0; x < w; x++)
            {
                var dx = (double)x / w - lx;
                var light = 1 - profile.UnevenLight * (dx * dx + dy * dy) * 1.6;
                var noise = (rng.NextDouble() + rng.NextDouble() + rng.NextDouble() - 1.5) * 2 * profile.Noise;
                var dust = rng.NextDouble() < speckle ? -200 : 0;
                var i = (y * w + x) * 4;
                if (channels == 1)
                {
                    var lum = 0.299 * pixels[i] + 0.587 * pixels[i + 1] + 0.114 * pixels[i + 2];
                    output[y * w + x] = Clamp(lum * paper / 255 * light + noise + dust);
                }
                else
                {
                    for (var c = 0; c < 3; c++)
                        output[i + c] = Clamp(pixels[i + c] * (paper + (c == 2 ? -6 : 0)) / 255.0 * light + noise + dust);
                    output[i + 3] = 255;
                }
            }
        }

        var info = new SKImageInfo(w, h, profile.Colour ? SKColorType.Rgba8888 : SKColorType.Gray8, SKAlphaType.Opaque);
        using var scanned = SKImage.FromPixelCopy(info, output);
        using var data = scanned.Encode(SKEncodedImageFormat.Jpeg, profile.JpegQuality);
        return data.ToArray();
    }

    private static byte Clamp(double v) => (byte)Math.Clamp((int)Math.Round(v), 0, 255);
}
