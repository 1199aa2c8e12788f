using System.Text.RegularExpressions;
using SopIngest.Core.Layout;

namespace SopIngest.Ocr.Recognition;

/// <summary>
/// Groups page words into lines and a cell's lines into paragraphs. Words carry the line number the engine gave
/// them; lines are split into paragraphs at list markers ("-", "1.", "a)") or a gap of more than one line.
/// </summary>
internal static partial class WordLines
{
    [GeneratedRegex(@"^([-–—•·▪●○*]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))(\s|$)")]
    private static partial Regex ListMarker();

    public static IReadOnlyList<TextLine> Lines(IEnumerable<(Word Word, int Line)> words) =>
        words.GroupBy(w => w.Line)
            .Select(g => g.Select(w => w.Word).OrderBy(w => w.Box.Left).ToList())
            .Select(ws => new TextLine(string.Join(" ", ws.Select(w => w.Text)), ws.Select(w => w.Box).Aggregate((a, b) => a.Union(b)), false, ws))
            .OrderBy(l => l.Box!.Top).ThenBy(l => l.Box!.Left)
            .ToList();

    public static IReadOnlyList<string> Paragraphs(IReadOnlyList<TextLine> lines)
    {
        var paragraphs = new List<string>();
        TextLine? previous = null;
        foreach (var line in lines)
        {
            var startsNew = previous == null || ListMarker().IsMatch(line.Text)
                            || line.Box!.Top - previous.Box!.Bottom > Math.Max(line.Box.Height, previous.Box.Height);
            if (startsNew) paragraphs.Add(line.Text);
            else paragraphs[^1] += " " + line.Text;
            previous = line;
        }
        return paragraphs;
    }
}
