namespace SopIngest.Ocr.Tesseract;

/// <summary>
/// Lines a cell's drawings make the engine read: an emblem above the agency header, a signature's loops beside a
/// name. They come out as a few short tokens of low confidence ("2,", "NY", "si"), never as a word. In a cell that
/// also holds real words such lines are marks, not text; a cell of only short tokens (a step number, "Ya") is kept.
/// </summary>
internal static class MarkLines
{
    // A token this confident is read text, however short.
    private const double MarkConfidence = 0.8;

    private const int WordLetters = 3;

    public static IReadOnlyList<RecognizedWord> Drop(IReadOnlyList<RecognizedWord> words)
    {
        var lines = words.GroupBy(w => w.Line).ToList();
        if (!lines.Any(l => !IsMarkLine(l))) return words;
        var marks = lines.Where(IsMarkLine).Select(l => l.Key).ToHashSet();
        return marks.Count == 0 ? words : words.Where(w => !marks.Contains(w.Line)).ToList();
    }

    private static bool IsMarkLine(IEnumerable<RecognizedWord> line) =>
        line.All(w => w.Confidence < MarkConfidence && w.Text.Count(char.IsLetterOrDigit) < WordLetters);
}
