using System.Text.Json;
using SopIngest.Core.Layout;
using SopIngest.Ocr.Recognition;

namespace SopIngest.Ocr.Azure;

/// <summary>
/// Maps a Document Intelligence <c>analyzeResult</c> (API 2024-11-30) for one page into the layout model.
/// Words keep their polygons (as boxes) and confidences; tables become <see cref="Table"/>s with their spans;
/// lines whose text lies in a table are the table's, the others become <see cref="TextLine"/>s. Text is tied to
/// words, lines and cells through the <c>spans</c> offsets into <c>content</c>. Coordinates: "pixel" pages are
/// scaled by the page image's units per pixel, "inch" pages are given in PDF points (72 per inch).
/// Selection marks in cell text (":unselected:", ":selected:") become □ and ☑, as printed SOPs draw them.
/// </summary>
internal static class AnalyzeResultMapper
{
    public static OcrPage Map(JsonElement operation, int pageNumber, double unitsPerPixel)
    {
        var result = operation.GetProperty("analyzeResult");
        var pages = result.GetProperty("pages");
        if (pages.GetArrayLength() == 0) return new OcrPage(new LayoutPage(pageNumber, []));
        var page = pages[0];
        var servicePage = page.GetProperty("pageNumber").GetInt32();
        var factor = page.TryGetProperty("unit", out var unit) && unit.GetString() == "inch" ? 72.0 : unitsPerPixel;

        var words = page.TryGetProperty("words", out var ws)
            ? ws.EnumerateArray().Select(w => (Offset: w.GetProperty("span").GetProperty("offset").GetInt32(),
                Word: new Word(w.GetProperty("content").GetString() ?? "", BoxOf(w.GetProperty("polygon"), factor),
                    w.TryGetProperty("confidence", out var c) ? Math.Round(c.GetDouble(), 3) : 1))).ToList()
            : [];

        var blocks = new List<LayoutBlock>();
        var tableSpans = new List<(int Offset, int Length)>();
        if (result.TryGetProperty("tables", out var tables))
            foreach (var table in tables.EnumerateArray().Where(t => OnPage(t, servicePage)))
            {
                tableSpans.AddRange(Spans(table));
                var cells = new List<TableCell>();
                foreach (var cell in table.GetProperty("cells").EnumerateArray())
                {
                    var spans = Spans(cell);
                    var inCell = words.Where(w => Within(w.Offset, spans)).Select(w => w.Word).ToList();
                    int row = cell.GetProperty("rowIndex").GetInt32(), column = cell.GetProperty("columnIndex").GetInt32();
                    var text = Marks(cell.GetProperty("content").GetString() ?? "");
                    var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    cells.Add(new TableCell(row, column, paragraphs,
                        cell.TryGetProperty("rowSpan", out var rs) ? rs.GetInt32() : 1,
                        cell.TryGetProperty("columnSpan", out var cs) ? cs.GetInt32() : 1,
                        RegionBox(cell, factor),
                        inCell.Count == 0 ? 1 : Math.Round(inCell.Average(w => w.Confidence), 3),
                        Words: inCell.Count > 0 ? inCell : null));
                }
                blocks.Add(new Table(cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToList(), RegionBox(table, factor)));
            }

        if (page.TryGetProperty("lines", out var lines))
            foreach (var line in lines.EnumerateArray())
            {
                var spans = Spans(line);
                if (spans.Count > 0 && spans.All(s => Within(s.Offset, tableSpans))) continue;
                var inLine = words.Where(w => Within(w.Offset, spans)).Select(w => w.Word).ToList();
                blocks.Add(new TextLine(Marks(line.GetProperty("content").GetString() ?? ""), BoxOf(line.GetProperty("polygon"), factor), false, inLine));
            }

        var ordered = blocks.OrderBy(b => b.Box?.Top ?? 0).ThenBy(b => b.Box?.Left ?? 0).ToList();
        var layout = new LayoutPage(pageNumber, ordered, page.GetProperty("width").GetDouble() * factor, page.GetProperty("height").GetDouble() * factor);
        var angle = page.TryGetProperty("angle", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetDouble() : 0;
        return new OcrPage(layout, 0, Math.Round(angle, 2));
    }

    private static string Marks(string text) => text.Replace(":unselected:", "□").Replace(":selected:", "☑");

    private static bool OnPage(JsonElement element, int page) =>
        !element.TryGetProperty("boundingRegions", out var regions)
        || regions.EnumerateArray().Any(r => r.GetProperty("pageNumber").GetInt32() == page);

    private static List<(int Offset, int Length)> Spans(JsonElement element) =>
        element.TryGetProperty("spans", out var spans)
            ? spans.EnumerateArray().Select(s => (s.GetProperty("offset").GetInt32(), s.GetProperty("length").GetInt32())).ToList()
            : [];

    private static bool Within(int offset, List<(int Offset, int Length)> spans) =>
        spans.Any(s => offset >= s.Offset && offset < s.Offset + s.Length);

    private static Box? RegionBox(JsonElement element, double factor) =>
        element.TryGetProperty("boundingRegions", out var regions) && regions.GetArrayLength() > 0
            ? BoxOf(regions[0].GetProperty("polygon"), factor)
            : null;

    /// <summary>A polygon [x1, y1, x2, y2, …] (clockwise from top-left) as the box around it.</summary>
    private static Box BoxOf(JsonElement polygon, double factor)
    {
        var values = polygon.EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var xs = values.Where((_, i) => i % 2 == 0).ToArray();
        var ys = values.Where((_, i) => i % 2 == 1).ToArray();
        return new Box(Math.Round(xs.Min() * factor, 2), Math.Round(ys.Min() * factor, 2), Math.Round(xs.Max() * factor, 2), Math.Round(ys.Max() * factor, 2));
    }
}
