namespace SopIngest.Extraction.Records;

/// <summary>
/// Step numbers as printed in the No column, mended where OCR misread one: steps are numbered 1, 2, 3, … in row order,
/// so a number that breaks the run while its neighbours keep it (4, 2, 6) is the one the run calls for (5).
/// Numbering the source itself restarts or skips is left as it is.
/// </summary>
internal static class StepNumbers
{
    public static List<int> Repair(IReadOnlyList<int?> read)
    {
        var numbers = read.Select(n => n ?? 0).ToList();
        for (var i = 0; i < numbers.Count; i++)
        {
            var previous = i > 0 ? numbers[i - 1] : 0;
            var next = i + 1 < numbers.Count ? numbers[i + 1] : (int?)null;
            var expected = previous + 1;
            if (numbers[i] == expected) continue;
            // Confirmed by the next number, or, in the last row, by an unreadable one.
            if (next == expected + 1 || next is null && read[i] is null && i > 0) numbers[i] = expected;
        }
        return numbers;
    }
}
