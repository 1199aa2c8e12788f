using System.Security.Cryptography;
using System.Text.Json;
using SkiaSharp;
using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Synth.Composing;
using SopIngest.Synth.Drawing;
using SopIngest.Synth.Scanning;
using SopIngest.Synth.Truth;
using SopIngest.Synth.Writing;

namespace SopIngest.Synth;

/// <summary>
/// Makes a scan set: for each file, picks real records, normalizes them into printable truth, lays out the
/// pages in a random agency style, prints them (raster + scanner flaws into an image-only PDF, or vectors
/// and text into a born-digital PDF), and writes the PDF, its <c>sop-extract/1</c> truth and the manifest.
/// Everything follows from the seed.
/// </summary>
public sealed class ScanSetGenerator
{
    public SynthManifest Generate(SynthOptions options, Action<string>? progress = null)
    {
        var pool = LoadPool(options.RecordsDir);
        if (pool.Count == 0) throw new InvalidOperationException($"no SOP records in {options.RecordsDir}");
        var truthDir = Path.Combine(options.OutDir, "truth");
        Directory.CreateDirectory(truthDir);
        if (options.PngDir is not null) Directory.CreateDirectory(options.PngDir);

        var order = new Random(options.Seed);
        var queue = new Queue<SopRecord>(pool.OrderBy(_ => order.Next()));
        var files = new List<SynthFile>();
        for (var i = 0; i < options.Count; i++)
        {
            var rng = new Random(unchecked(options.Seed * 7919 + i * 104729));
            var bornDigital = i >= options.Count - options.BornDigital;
            var name = $"synth-{options.Seed}-{i:000}" + (bornDigital ? "-digital" : "");
            // Every fourth file, and the last, is a regulation with several SOPs in its annex.
            var multi = i % 4 == 3 || i == options.Count - 1;
            var sops = PickSops(queue, pool, rng, multi);
            var file = GenerateFile(options, name, sops, bornDigital, withRegulation: multi, upsideDown: i == 2, stratum: i, rng);
            files.Add(file);
            progress?.Invoke($"{file.File}: {file.Pages} pages, {file.Sops} SOPs");
        }
        var manifest = new SynthManifest(options.Seed, files);
        File.WriteAllText(Path.Combine(options.OutDir, SynthManifest.FileName), JsonSerializer.Serialize(manifest, SopJson.Options) + "\n");
        return manifest;
    }

    private static SynthFile GenerateFile(SynthOptions options, string name, IReadOnlyList<SopRecord> sops, bool bornDigital, bool withRegulation, bool upsideDown, int stratum, Random rng)
    {
        var style = PageStyle.Random(rng);
        using var fonts = FontSet.Load(style.FontFamily);
        var document = new DocumentComposer(new Typesetter(fonts), style).Compose(sops, withRegulation, rng);
        var pdfName = name + ".pdf";
        byte[] pdf;
        ScanProfile? profile = null;
        if (bornDigital)
        {
            pdf = BornDigitalPdfWriter.Write(document.Pages, fonts);
            if (options.PngDir is not null) WritePreviews(options.PngDir, name, document.Pages, fonts, null, rng);
        }
        else
        {
            profile = ScanProfile.Random(rng, stratum) with { UpsideDownPage = upsideDown ? Math.Min(2, document.Pages.Count) : null };
            pdf = ImagePdfWriter.Write(WritePreviews(options.PngDir, name, document.Pages, fonts, profile, rng));
        }
        pdf = DeterministicId.Apply(pdf, $"{options.Seed}/{name}");
        File.WriteAllBytes(Path.Combine(options.OutDir, pdfName), pdf);

        var truth = new ExtractResult(pdfName, Convert.ToHexStringLower(SHA256.HashData(pdf)), document.Pages.Count, document.Records, document.OtherPages, null);
        var truthName = name + ".json";
        File.WriteAllText(Path.Combine(options.OutDir, "truth", truthName), SopJson.Serialize(truth) + "\n");
        var classes = profile?.Classes() ?? new Dictionary<string, string> { ["kind"] = "born-digital" };
        return new SynthFile(pdfName, "truth/" + truthName, document.Pages.Count, document.Records.Count, bornDigital,
            profile?.Dpi, profile?.Colour, profile?.SkewDegrees, profile?.Noise, profile?.Blur, profile?.JpegQuality, profile?.UpsideDownPage, profile?.Stamp, profile?.Initials, classes);
    }

    /// <summary>Scans every page (when a profile is given) and writes the PNG previews asked for.</summary>
    private static List<(byte[] Jpeg, double Width, double Height)> WritePreviews(
        string? pngDir, string name, IReadOnlyList<PagePlan> pages, FontSet fonts, ScanProfile? profile, Random rng)
    {
        var rasterizer = new PageRasterizer(fonts);
        var scans = new List<(byte[], double, double)>();
        for (var p = 0; p < pages.Count; p++)
        {
            var plan = pages[p];
            var dpi = profile?.Dpi ?? 150;
            using var clean = rasterizer.Render(plan, dpi, profile is null ? null : canvas => Marks(canvas, plan, profile, fonts, rng));
            byte[]? jpeg = null;
            if (profile is not null)
            {
                jpeg = ScanDegrader.Scan(clean, profile, profile.UpsideDownPage == p + 1, rng);
                scans.Add((jpeg, plan.Width, plan.Height));
            }
            if (pngDir is null) continue;
            using var source = jpeg is null ? SKBitmap.Decode(SKImage.FromBitmap(clean).Encode(SKEncodedImageFormat.Png, 100)) : SKBitmap.Decode(jpeg);
            File.WriteAllBytes(Path.Combine(pngDir, $"{name}-p{p + 1}.png"), Preview(source));
        }
        return scans;
    }

    private static void Marks(SKCanvas canvas, PagePlan plan, ScanProfile profile, FontSet fonts, Random rng)
    {
        if (plan.Signature is { } sig)
        {
            OfficeMarks.Signature(canvas, sig, rng);
            if (profile.Stamp) OfficeMarks.Stamp(canvas, sig, plan.StampText, new Typeface(fonts.Typeface(bold: true)), rng);
        }
        if (profile.Initials && rng.NextDouble() < 0.7) OfficeMarks.Initials(canvas, plan.Width, plan.Height, rng);
    }

    private static byte[] Preview(SKBitmap page)
    {
        var scale = Math.Min(1.0, 1400.0 / page.Width);
        var info = new SKImageInfo((int)(page.Width * scale), (int)(page.Height * scale), page.ColorType == SKColorType.Gray8 ? SKColorType.Gray8 : SKColorType.Rgba8888);
        using var small = page.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var image = SKImage.FromBitmap(small);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static IReadOnlyList<SopRecord> PickSops(Queue<SopRecord> queue, IReadOnlyList<SopRecord> pool, Random rng, bool multi)
    {
        var want = multi ? 2 + rng.Next(2) : 1;
        var picked = new List<SopRecord>();
        var guard = 0;
        while (picked.Count < want && guard++ < pool.Count * 2)
        {
            if (queue.Count == 0) foreach (var r in pool) queue.Enqueue(r);
            if (RecordNormalizer.Normalize(queue.Dequeue(), rng) is { } sop) picked.Add(sop);
        }
        return picked;
    }

    private static List<SopRecord> LoadPool(string dir) =>
        Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal)
            .SelectMany(f => SopJson.ReadExtract(f).Records)
            .ToList();
}
