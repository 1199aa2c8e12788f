namespace SopIngest.Synth.Drawing;

/// <summary>Greedy word wrapping by measured width; a word wider than the line stays on its own line.</summary>
internal static class TextWrap
{
    public static IReadOnlyList<string> Lines(FontSet fonts, string text, double size, double width, bool bold = false)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && fonts.Measure(candidate, size, bold) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }
        if (current.Length > 0) lines.Add(current);
        return lines;
    }
}
