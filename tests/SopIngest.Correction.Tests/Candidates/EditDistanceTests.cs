using SopIngest.Correction.Candidates;

namespace SopIngest.Correction.Tests.Candidates;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("undangun", "undangan", 1)]
    [InlineData("terakit", "terkait", 1)] // adjacent transposition
    [InlineData("keptin", "kepala", 3)]
    [InlineData("fiel", "file", 1)]
    public void Compute_CountsOcrEdits(string a, string b, int expected) => Assert.Equal(expected, EditDistance.Compute(a, b, 3));

    [Fact]
    public void Compute_StopsPastTheBound() => Assert.Equal(3, EditDistance.Compute("pengadministrasian", "kepala", 2));

    [Fact]
    public void Align_JoinsNeighbouringEdits_IntoOneConfusion()
    {
        Assert.Equal([("m", "rn")], EditDistance.Align("kemudian", "kernudian"));
        Assert.Equal([("a", "u")], EditDistance.Align("undangan", "undangun"));
    }
}
