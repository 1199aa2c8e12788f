using SopIngest.Synth.Drawing;

namespace SopIngest.Synth.Composing;

/// <summary>Wrapped paragraphs and marked lists: measured first, drawn later at the same size.</summary>
internal sealed class Typesetter(FontSet fonts)
{
    public FontSet Fonts => fonts;

    public static double Leading(double size) => size * 1.22;

    public IReadOnlyList<string> Wrap(string text, double size, double width, bool bold = false) =>
        TextWrap.Lines(fonts, text, size, width, bold);

    /// <summary>Lines of a list with its markers; continuation lines are indented past the marker.</summary>
    public IReadOnlyList<(string Text, double Indent)> ListLines(IReadOnlyList<string> items, Func<int, string> marker, double size, double width)
    {
        var lines = new List<(string, double)>();
        for (var i = 0; i < items.Count; i++)
        {
            var m = marker(i);
            var indent = fonts.Measure(m + " ", size) + 1;
            var wrapped = Wrap(items[i], size, width - indent);
            for (var j = 0; j < wrapped.Count; j++)
                lines.Add((j == 0 ? m + " " + wrapped[j] : wrapped[j], j == 0 ? 0 : indent));
        }
        return lines;
    }

    public static double Height(int lines, double size) => lines * Leading(size);

    public static void Draw(IPageCanvas canvas, IEnumerable<string> lines, double x, double top, double size, bool bold = false)
    {
        var baseline = top + size;
        foreach (var line in lines)
        {
            canvas.Text(line, x, baseline, size, bold);
            baseline += Leading(size);
        }
    }

    public void DrawCentered(IPageCanvas canvas, IEnumerable<string> lines, double x, double width, double top, double size, bool bold = false)
    {
        var baseline = top + size;
        foreach (var line in lines)
        {
            canvas.Text(line, x + Math.Max(0, (width - fonts.Measure(line, size, bold)) / 2), baseline, size, bold);
            baseline += Leading(size);
        }
    }

    public static void Draw(IPageCanvas canvas, IEnumerable<(string Text, double Indent)> lines, double x, double top, double size)
    {
        var baseline = top + size;
        foreach (var (text, indent) in lines)
        {
            canvas.Text(text, x + indent, baseline, size);
            baseline += Leading(size);
        }
    }
}
