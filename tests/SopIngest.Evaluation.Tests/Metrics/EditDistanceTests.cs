using SopIngest.Evaluation.Metrics;

namespace SopIngest.Evaluation.Tests.Metrics;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("Kepala Dinas", "Keptin Dinas", 3)]
    [InlineData("sama", "sama", 0)]
    public void Levenshtein_CountsInsertionsDeletionsAndSubstitutions(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Levenshtein(a, b));

    [Theory]
    [InlineData("abcd", "abxd", 0.75)]
    [InlineData("abcd", "", 0.0)]
    [InlineData("ab", "abcdefgh", 0.0)]
    [InlineData("", "", 1.0)]
    [InlineData("", "x", 0.0)]
    public void CharAccuracy_IsOneMinusCerFlooredAtZero(string truth, string output, double expected) =>
        Assert.Equal(expected, EditDistance.CharAccuracy(truth, output), 9);
}
