using SopIngest.Evaluation.Scoring;

namespace SopIngest.Evaluation.Tests.Scoring;

public sealed class AllTextScorerTests
{
    [Fact]
    public void Score_IgnoresReadingOrder()
    {
        var truth = Records.File([Records.Sop("Penyusunan Laporan Tahunan", number: "067/12")]);

        // Page OCR reads the number before the title and adds table headers the truth does not hold.
        var ratio = AllTextScorer.Score(truth, "No Nomor SOP 067/12 Nama SOP Penyusunan Laporan Tahunan Kepala Staf");

        Assert.Equal(1.0, ratio.Value);
    }

    [Fact]
    public void Score_GivesAMisreadWordItsLengthLessTheEditDistance_AndAMissingWordNothing()
    {
        var truth = Records.File([Records.Sop("Penyusunan Laporan", number: "")]);
        // Truth words: Penyusunan (10), Laporan (7), and the actors Kepala (6), Staf (4) = 27 characters.

        var ratio = AllTextScorer.Score(truth, "Penyusunan Lap0ran Kepala");

        Assert.Equal(27, ratio.Total);
        Assert.Equal(10 + 6 + 6, ratio.Hits);
    }

    [Fact]
    public void Score_UsesEachReadWordOnce()
    {
        var truth = Records.File([Records.Sop("Staf Staf", number: "")]);

        var ratio = AllTextScorer.Score(truth, "Staf Kepala");

        // Three "Staf" in the truth (title twice, an actor once), one read: the others find nothing close.
        Assert.Equal(4 + 6, ratio.Hits);
    }
}
