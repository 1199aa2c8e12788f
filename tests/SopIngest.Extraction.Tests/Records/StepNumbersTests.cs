using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Tests.Records;

public sealed class StepNumbersTests
{
    [Theory]
    [InlineData("1 2 3 4 2 6 2 8 9", "1 2 3 4 5 6 7 8 9")] // a scan's 5 and 7 read as 2 (synth-1-001)
    [InlineData("_ 2 3", "1 2 3")] // the first number unreadable
    [InlineData("1 2 _", "1 2 3")] // the last one unreadable
    [InlineData("1 2 3 1 2 3", "1 2 3 1 2 3")] // numbering restarts: not a misread
    [InlineData("1 2 4 5", "1 2 4 5")] // the source skips a number: the next one agrees with it
    public void Repair_MendsOnlyWhatTheNeighboursConfirm(string read, string expected)
    {
        var numbers = read.Split(' ').Select(n => n == "_" ? (int?)null : int.Parse(n)).ToList();

        Assert.Equal(expected, string.Join(" ", StepNumbers.Repair(numbers)));
    }
}
