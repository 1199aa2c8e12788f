using SkiaSharp;

namespace SopIngest.Synth.Drawing;

/// <summary>
/// A regular and a bold TrueType face, loaded from files so raster and PDF pages use the same glyphs and
/// metrics. Text is measured with Skia for both.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private static readonly string[] FontDirs = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype", "/usr/share/fonts"];

    /// <summary>The families a synthetic SOP is printed in (file stem of regular, bold).</summary>
    public static readonly (string Regular, string Bold)[] Families =
    [
        ("DejaVuSans", "DejaVuSans-Bold"),
        ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
        ("DejaVuSerif", "DejaVuSerif-Bold"),
        ("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"),
    ];

    private readonly SKFont _regular;
    private readonly SKFont _bold;

    private FontSet(string name, byte[] regularBytes, byte[] boldBytes)
    {
        Name = name;
        RegularBytes = regularBytes;
        BoldBytes = boldBytes;
        _regular = Linear(new SKFont(SKTypeface.FromData(SKData.CreateCopy(regularBytes)), 10));
        _bold = Linear(new SKFont(SKTypeface.FromData(SKData.CreateCopy(boldBytes)), 10));
    }

    public string Name { get; }

    public byte[] RegularBytes { get; }

    public byte[] BoldBytes { get; }

    public static FontSet Load(int family)
    {
        var (regular, bold) = Families[family % Families.Length];
        return new FontSet(regular, File.ReadAllBytes(Find(regular)), File.ReadAllBytes(Find(bold)));
    }

    public SKTypeface Typeface(bool bold) => (bold ? _bold : _regular).Typeface;

    public double Measure(string text, double size, bool bold = false)
    {
        var font = bold ? _bold : _regular;
        return font.MeasureText(text) * size / font.Size;
    }

    /// <summary>Unhinted, linearly scaled glyph advances: what a PDF viewer and the rasterizer both use.</summary>
    public static SKFont Linear(SKFont font)
    {
        font.Subpixel = true;
        font.LinearMetrics = true;
        font.Hinting = SKFontHinting.None;
        font.Edging = SKFontEdging.Antialias;
        return font;
    }

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
    }

    private static string Find(string stem)
    {
        foreach (var dir in FontDirs.Where(Directory.Exists))
        {
            var hit = Directory.EnumerateFiles(dir, stem + ".ttf", SearchOption.AllDirectories).FirstOrDefault();
            if (hit is not null) return hit;
        }
        throw new FileNotFoundException($"font {stem}.ttf not found (Debian package fonts-dejavu-core)");
    }
}
