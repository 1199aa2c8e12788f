using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>Words that share a baseline, left to right.</summary>
internal sealed record WordLine(IReadOnlyList<PageWord> Words)
{
    public string Text => string.Join(" ", Words.Select(w => w.Text));

    public Box Box => Words.Select(w => w.Box).Aggregate((a, b) => a.Union(b));

    public double Baseline => Words.Average(w => w.Baseline);

    public double FontSize => Words.Max(w => w.FontSize);

    /// <summary>Bold when most of the line's characters are bold, so one bold word does not make a heading.</summary>
    public bool Bold => Words.Where(w => w.Bold).Sum(w => w.Text.Length) * 2 > Words.Sum(w => w.Text.Length);
}

/// <summary>Groups words into lines by baseline; used for free text and for the text inside each table cell.</summary>
internal static class LineGrouper
{
    public static IReadOnlyList<WordLine> Group(IEnumerable<PageWord> words, double tolerance)
    {
        var lines = new List<List<PageWord>>();
        foreach (var word in words.OrderBy(w => w.Baseline).ThenBy(w => w.Box.Left))
        {
            // Compare with the line's first word so a slowly drifting baseline cannot chain lines together.
            var last = lines.Count > 0 ? lines[^1] : null;
            if (last != null && Math.Abs(word.Baseline - last[0].Baseline) <= tolerance) last.Add(word);
            else lines.Add([word]);
        }
        return lines.Select(l => new WordLine(l.OrderBy(w => w.Box.Left).ToList())).ToList();
    }
}
