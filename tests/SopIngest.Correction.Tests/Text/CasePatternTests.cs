using SopIngest.Correction.Text;

namespace SopIngest.Correction.Tests.Text;

public sealed class CasePatternTests
{
    [Theory]
    [InlineData("KEPALA", "kepala dinas", "KEPALA DINAS")]
    [InlineData("Keptin", "kepala", "Kepala")]
    [InlineData("undangun", "undangan", "undangan")]
    public void Apply_WritesTheCorrectionInTheTokensCase(string token, string correction, string expected) =>
        Assert.Equal(expected, CasePattern.Apply(CasePattern.Of(token), correction));

    [Theory]
    [InlineData("DingS", "dinas", "Dinas")]
    [InlineData("kepAla", "kepala", "kepala")]
    [InlineData("KETRANSiMIGRASIAN", "ketransmigrasian", "KETRANSMIGRASIAN")]
    [InlineData("Keptin", "kepala", "Kepala")]
    public void Like_ReadsAMixedCaseTokenAsTheShapeMostOfItsLettersHave(string token, string correction, string expected) =>
        Assert.Equal(expected, CasePattern.Like(token, correction));
}
