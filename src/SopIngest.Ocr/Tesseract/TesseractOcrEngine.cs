using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Ocr.Cleanup;
using SopIngest.Ocr.Recognition;
using SopIngest.Ocr.Swimlanes;
using SopIngest.Ocr.Tables;

namespace SopIngest.Ocr.Tesseract;

/// <summary>Makes <see cref="TesseractOcrEngine"/>s: one per worker, each with its own libtesseract engine.</summary>
public sealed class TesseractOcrEngineFactory(TesseractOptions? tesseract = null, CleanupOptions? cleanup = null, int? workers = null)
    : IOcrEngineFactory
{
    public string Name => "tesseract";

    public int MaxConcurrency { get; } = Math.Max(1, workers ?? Math.Min(2, Environment.ProcessorCount));

    public IOcrEngine Create() => new TesseractOcrEngine(tesseract ?? TesseractOptions.Default, cleanup ?? CleanupOptions.Default);
}

/// <summary>
/// The local OCR engine: cleans the page up (<see cref="PageCleaner"/>), finds ruled tables from the rules,
/// reads each table cell from its own crop and the free text between tables as blocks (PSM 6), and puts every
/// word back in page coordinates with its confidence.
/// </summary>
public sealed class TesseractOcrEngine : IOcrEngine
{
    // A crop with less ink than this is an empty cell: skip the engine call.
    private const int MinInkPixels = 6;

    // A reading this confident is the right way up; a page read upside down scores far lower.
    private const double UprightConfidence = 0.7;

    // The turned reading is only tried when the upright one is below this: text upside down reads under 0.4.
    private const double ClearlyUpright = 0.55;

    // How far from where an arrow leaves a diamond its "Ya"/"Tidak" may be written, in inches.
    private const double LabelReach = 0.3;

    // The 180° check reads its strip scaled down to this resolution.
    private const int OrientationDpi = 150;

    private readonly TesseractOptions _options;
    private readonly CleanupOptions _cleanup;
    private readonly PageCleaner _cleaner;
    private readonly TesseractEngine _engine;

    public TesseractOcrEngine(TesseractOptions options, CleanupOptions cleanup)
    {
        _options = options;
        _cleanup = cleanup;
        _cleaner = new PageCleaner(cleanup);
        _engine = new TesseractEngine(options);
    }

    public OcrPage Recognize(PageImage page) =>
        // Read as it lies unless its first words say it is upside down; then read once more, turned round. A check
        // before reading (a strip read both ways) cost as much on every page as the rare turned page costs now.
        Read(page, turned: false) ?? Read(page, turned: true)!;

    /// <summary>The page read, or null when it turns out upside down part-way (never when already <paramref name="turned"/>).</summary>
    private OcrPage? Read(PageImage page, bool turned)
    {
        using var clean = _cleaner.Clean(page.Gray, page.Dpi, turned ? _ => true : null, page.Chroma);
        var watch = turned || !_cleanup.DetectOrientation ? null : new UprightWatch(() => IsUpsideDown(clean.Binary, page.Dpi));
        var scale = page.UnitsPerPixel;
        var tolerance = Math.Max(4, page.Dpi / 40.0);
        var grids = CellGridFinder.Find(clean.Rulings, tolerance);

        var blocks = new List<LayoutBlock>();
        foreach (var grid in grids.OrderBy(g => g.Box.Top))
        {
            if (ReadTable(clean, grid, page.Dpi, scale, watch) is not { } table) return null;
            blocks.Add(table);
        }
        var free = ReadFreeText(clean, grids, page.Dpi, scale).ToList();
        if (watch != null && (watch.UpsideDown(free.SelectMany(l => l.Words ?? [])) || watch.UpsideDownAtEnd())) return null;
        blocks.AddRange(free);

        var ordered = blocks.OrderBy(b => b.Box!.Top).ThenBy(b => b.Box!.Left).ToList();
        var layout = new LayoutPage(page.Number, ordered, clean.Width * scale, clean.Height * scale, clean.Rotation, clean.Skew);
        return new OcrPage(layout, clean.Rotation, clean.Skew);
    }

    /// <summary>A ruled table read cell by cell, or null as soon as the <paramref name="watch"/> says the page is upside down.</summary>
    private Table? ReadTable(CleanedPage clean, PixelGrid grid, int dpi, double scale, UprightWatch? watch)
    {
        var swimlane = SwimlaneReader.Read(clean.Binary, clean.TextOnly, grid, dpi);
        var cells = new List<TableCell>();
        foreach (var cell in grid.Cells)
        {
            var words = ReadCell(clean.TextOnly, cell.Box, dpi, scale);
            if (watch?.UpsideDown(words.Select(w => w.Word)) == true) return null;
            var lines = WordLines.Lines(words);
            var confidence = words.Count == 0 ? cell.Confidence : Math.Min(cell.Confidence, words.Average(w => w.Word.Confidence));
            var found = words.Select(w => w.Word).ToList();
            cells.Add(new TableCell(cell.Row, cell.Column, WordLines.Paragraphs(lines), cell.RowSpan, cell.ColumnSpan,
                ToBox(cell.Box, scale), Math.Round(confidence, 3), ShapesOf(swimlane, cell, scale), found.Count > 0 ? found : null));
        }
        return new Table(cells, ToBox(grid.Box, scale), Arrows(swimlane, cells, dpi, scale));
    }

    private static IReadOnlyList<FlowArrow>? Arrows(PixelSwimlane swimlane, List<TableCell> cells, int dpi, double scale)
    {
        if (swimlane.Arrows.Count == 0) return null;
        var words = cells.SelectMany(c => c.Words ?? []).ToList();
        return ArrowLabels.Label(swimlane.Arrows.Select(a => (a, a.Exit.X * scale, a.Exit.Y * scale)), words, LabelReach * dpi * scale);
    }

    private static IReadOnlyList<CellShape>? ShapesOf(PixelSwimlane swimlane, PixelCell cell, double scale) =>
        swimlane.ShapesByCell.TryGetValue(cell, out var shapes)
            ? shapes.Select(s => new CellShape(s.Kind, ToBox(s.Box, scale))).ToList()
            : null;

    private List<(Word Word, int Line)> ReadCell(Mat textOnly, Rect cell, int dpi, double scale)
    {
        // Stay clear of the borders: a rule's remains at the crop's edge read as "|" or "l".
        var inset = Math.Max(3, dpi / 60);
        var crop = new Rect(cell.X + inset, cell.Y + inset, cell.Width - 2 * inset, cell.Height - 2 * inset);
        if (crop.Width < 8 || crop.Height < 8 || InkPixels(textOnly, crop) < MinInkPixels) return [];
        var words = _engine.Recognize(textOnly, crop, _options.CellSegMode, dpi);
        // A short label alone in a tall cell ("No") is lost by block segmentation; one line finds it.
        if (words.Count == 0) words = _engine.Recognize(textOnly, crop, TesseractEngine.SingleLineSegMode, dpi);
        if (OverflowingText.Find(textOnly, cell, crop, words.Select(w => w.Box).ToList(), dpi) is { } overflow)
            words = ReadOverflowing(textOnly, cell, crop, overflow, words, dpi);
        if (NipLine.Short(words) is { } nip)
            words = NipLine.Replace(words, nip, _engine.RecognizeOnly(NipLine.Characters, textOnly, NipLine.Area(nip, crop, dpi), dpi));
        return MarkLines.Drop(words)
            .Where(w => w.Confidence > 0 || w.Text.Any(char.IsLetterOrDigit))
            .Select(w => (ToWord(w, scale), w.Line))
            .ToList();
    }

    /// <summary>
    /// The cell read again over the full width of text that runs on past its column lines (kept when it reads at
    /// least as confidently), without the tails of neighbours' words that spilled in.
    /// </summary>
    private IReadOnlyList<RecognizedWord> ReadOverflowing(Mat textOnly, Rect cell, Rect crop, Overflow overflow, IReadOnlyList<RecognizedWord> words, int dpi)
    {
        if (overflow.Span != crop)
        {
            using var patch = OverflowingText.Bridged(textOnly, overflow, cell, dpi);
            var wider = _engine.Recognize(patch, new Rect(0, 0, patch.Width, patch.Height), _options.CellSegMode, dpi)
                .Select(w => w with { Box = w.Box + overflow.Span.TopLeft })
                .Where(w => OverflowingText.Belongs(w.Box, cell))
                .ToList();
            if (CharConfidence(wider) >= CharConfidence(words)) words = wider;
        }
        return words.Where(w => !overflow.IsNeighboursTail(w.Box, crop)).ToList();
    }

    private static double CharConfidence(IReadOnlyList<RecognizedWord> words) =>
        words.Count == 0 ? 0 : words.Sum(w => w.Confidence * w.Text.Length) / words.Sum(w => w.Text.Length);

    /// <summary>Free text lies in bands above, between and below the tables; each band is read as one block.</summary>
    private IEnumerable<TextLine> ReadFreeText(CleanedPage clean, IReadOnlyList<PixelGrid> grids, int dpi, double scale)
    {
        using var free = clean.TextOnly.Clone();
        foreach (var grid in grids)
        {
            using var area = free[grid.Box & new Rect(0, 0, free.Width, free.Height)];
            area.SetTo(Scalar.All(255));
        }
        var lines = new List<TextLine>();
        foreach (var band in Bands(grids, clean.Height))
        {
            var region = new Rect(0, band.Top, free.Width, band.Bottom - band.Top);
            if (region.Height < 8 || InkPixels(free, region) < MinInkPixels) continue;
            var words = _engine.Recognize(free, region, _options.TextBlockSegMode, dpi, retryInverted: false)
                .Where(w => w.Text.Any(char.IsLetterOrDigit) || w.Confidence >= 0.5)
                .Select(w => (ToWord(w, scale), w.Line));
            lines.AddRange(WordLines.Lines(words));
        }
        return lines;
    }

    private static IEnumerable<(int Top, int Bottom)> Bands(IReadOnlyList<PixelGrid> grids, int height)
    {
        var top = 0;
        foreach (var grid in grids.OrderBy(g => g.Box.Top))
        {
            if (grid.Box.Top > top) yield return (top, grid.Box.Top);
            top = Math.Max(top, grid.Box.Bottom);
        }
        if (top < height) yield return (top, height);
    }

    /// <summary>
    /// Reads a dense strip of the page as it is and turned round; the turned reading wins only when clearly more confident.
    /// </summary>
    private bool IsUpsideDown(Mat binary, int dpi)
    {
        var strip = DensestStrip(binary, dpi);
        if (strip.Height == 0) return false;
        // Which way up shows at 150 dpi as well as at 300, for a quarter of the engine's time.
        var scale = Math.Min(1.0, OrientationDpi / (double)dpi);
        using var band = new Mat();
        using (var region = binary[strip]) Cv2.Resize(region, band, new Size(), scale, scale, InterpolationFlags.Area);
        var whole = new Rect(0, 0, band.Width, band.Height);
        var readDpi = (int)Math.Round(dpi * scale);
        var upright = MeanConfidence(_engine.Recognize(band, whole, 6, readDpi, retryInverted: false));
        if (upright >= ClearlyUpright) return false;
        using var turned = new Mat();
        Cv2.Rotate(band, turned, RotateFlags.Rotate180);
        var flipped = MeanConfidence(_engine.Recognize(turned, whole, 6, readDpi, retryInverted: false));
        return flipped >= UprightConfidence && flipped > upright + 0.15;
    }

    private static double MeanConfidence(IReadOnlyList<RecognizedWord> words)
    {
        var real = words.Where(w => w.Text.Count(char.IsLetter) >= 2).ToList();
        return real.Count < 3 ? 0 : real.Average(w => w.Confidence);
    }

    /// <summary>A strip an inch high (four or five lines) across the middle of the page, where there is the most ink; the engine's time goes with the length of text it reads.</summary>
    private static Rect DensestStrip(Mat binary, int dpi)
    {
        var height = Math.Max(60, dpi);
        var width = binary.Width * 9 / 20;
        var left = binary.Width / 4;
        if (binary.Height < height * 2) return new Rect(0, 0, binary.Width, binary.Height);
        Rect best = default;
        var bestInk = 0;
        for (var y = binary.Height / 10; y + height < binary.Height * 9 / 10; y += height / 2)
        {
            var candidate = new Rect(left, y, width, height);
            var ink = InkPixels(binary, candidate);
            // Mostly-black strips are rules, logos or scan edges, not text.
            if (ink > bestInk && ink < width * height / 4) (best, bestInk) = (candidate, ink);
        }
        return best;
    }

    private static int InkPixels(Mat binary, Rect region)
    {
        // Dark pixels, whether the image is binary or grey.
        using var roi = binary[region];
        using var dark = new Mat();
        Cv2.InRange(roi, Scalar.All(0), Scalar.All(160), dark);
        return Cv2.CountNonZero(dark);
    }

    private static Word ToWord(RecognizedWord w, double scale) => new(w.Text, ToBox(w.Box, scale), Math.Round(w.Confidence, 3));

    private static Box ToBox(Rect r, double scale) =>
        new(Math.Round(r.Left * scale, 2), Math.Round(r.Top * scale, 2), Math.Round(r.Right * scale, 2), Math.Round(r.Bottom * scale, 2));

    public void Dispose() => _engine.Dispose();
}
