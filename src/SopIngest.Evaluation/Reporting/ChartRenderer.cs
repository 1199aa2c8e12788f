using SkiaSharp;
using SopIngest.Evaluation.Metrics;
using SopIngest.Evaluation.Running;

namespace SopIngest.Evaluation.Reporting;

/// <summary>chart.png: grouped bars of the key metrics (0–1) for overall and each degradation class.</summary>
public static class ChartRenderer
{
    private static readonly string[] Key = ["recordRecall", "charAccuracy", "stepActorAccuracy", "stepShapeAccuracy", "durationAccuracy", "nextEdgeF1"];

    private static readonly SKColor[] Colours =
    [
        new(31, 119, 180), new(255, 127, 14), new(44, 160, 44), new(214, 39, 40), new(148, 103, 189), new(140, 86, 75),
    ];

    public static byte[] Render(EvalReport report)
    {
        var groups = new List<(string Name, ScoreCard Score)> { ("overall", report.Overall) };
        groups.AddRange(report.ByClass());
        const int left = 60, top = 50, bottom = 110, groupWidth = 100, height = 460;
        var width = left + groups.Count * groupWidth + 180;
        var plotHeight = height - top - bottom;
        var info = new SKImageInfo(width, height);
        using var surface = SKSurface.Create(info);
        var c = surface.Canvas;
        c.Clear(SKColors.White);
        using var font = new SKFont(SKTypeface.Default, 12);
        using var small = new SKFont(SKTypeface.Default, 10);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var grid = new SKPaint { Color = new SKColor(220, 220, 220), StrokeWidth = 1 };

        c.DrawText($"SopIngest extraction on the synthetic scans — {report.Info.When:yyyy-MM-dd}, {report.Info.Commit[..Math.Min(10, report.Info.Commit.Length)]}", left, 24, font, ink);
        for (var t = 0; t <= 4; t++)
        {
            var y = top + plotHeight * (1 - t / 4f);
            c.DrawLine(left, y, left + groups.Count * groupWidth, y, grid);
            c.DrawText((t / 4.0).ToString("0.00"), 20, y + 4, small, ink);
        }
        var barWidth = (groupWidth - 16f) / Key.Length;
        for (var g = 0; g < groups.Count; g++)
        {
            var metrics = groups[g].Score.Metrics().ToDictionary(m => m.Name, m => m.Value);
            var x0 = left + g * groupWidth + 8;
            for (var k = 0; k < Key.Length; k++)
            {
                var v = metrics[Key[k]] ?? 0;
                var h = (float)(v * plotHeight);
                using var bar = new SKPaint { Color = Colours[k], IsAntialias = true };
                c.DrawRect(x0 + k * barWidth, top + plotHeight - h, barWidth - 1, Math.Max(h, 1), bar);
            }
            c.Save();
            c.RotateDegrees(35, x0, top + plotHeight + 14);
            c.DrawText(groups[g].Name, x0, top + plotHeight + 14, small, ink);
            c.Restore();
        }
        var lx = left + groups.Count * groupWidth + 20;
        for (var k = 0; k < Key.Length; k++)
        {
            using var swatch = new SKPaint { Color = Colours[k] };
            c.DrawRect(lx, top + k * 20, 12, 12, swatch);
            c.DrawText(Key[k], lx + 18, top + k * 20 + 11, small, ink);
        }
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
