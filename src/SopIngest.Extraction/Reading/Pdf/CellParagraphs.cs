using System.Text.RegularExpressions;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// Splits the lines of one table cell into paragraphs. SOP cells wrap long activities over several lines and
/// list requirements as "- item" or "1. item"; a wrapped line continues its paragraph, a list marker starts one.
/// </summary>
internal static partial class CellParagraphs
{
    // Dashes and bullets, "1." / "1)", "a." / "a)", "(1)" / "(a)" — each followed by a space or the end of the line.
    [GeneratedRegex(@"^([-–—•·▪●○*]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))(\s|$)")]
    private static partial Regex ListMarker();

    public static bool StartsWithListMarker(string line) => ListMarker().IsMatch(line);

    public static IReadOnlyList<string> Split(IReadOnlyList<WordLine> lines, double gapFactor)
    {
        var paragraphs = new List<string>();
        WordLine? previous = null;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (previous == null || StartsNew(previous, line, text, gapFactor)) paragraphs.Add(text);
            else paragraphs[^1] += " " + text;
            previous = line;
        }
        return paragraphs;
    }

    private static bool StartsNew(WordLine previous, WordLine line, string text, double gapFactor) =>
        StartsWithListMarker(text) || line.Baseline - previous.Baseline > gapFactor * previous.FontSize;
}
