using SopIngest.Core.Records;
using SopIngest.Evaluation.Metrics;
using SopIngest.Evaluation.Scoring;
using static SopIngest.Evaluation.Tests.Scoring.Records;

namespace SopIngest.Evaluation.Tests.Scoring;

public sealed class FileScorerTests
{
    private static double? Metric(ScoreCard card, string name) => card.Metrics().Single(m => m.Name == name).Value;

    [Fact]
    public void Score_IsPerfect_WhenOutputIsTheTruth()
    {
        var truth = File([Sop("Penerimaan Surat", steps: ThreeSteps())], [new OtherPage(1, "PERATURAN")]);

        var card = FileScorer.Score(truth, truth);

        Assert.All(card.Metrics(), m => Assert.Equal(1.0, m.Value));
    }

    [Fact]
    public void Score_KeepsCharacterAccuracyPerField()
    {
        var truth = File([Sop("Penerimaan Surat", steps: ThreeSteps())]);
        var output = File([Sop("Penerimaan Surar", steps: ThreeSteps())]);

        var card = FileScorer.Score(truth, output);

        Assert.Equal(15.0 / 16, card.FieldCharacters["title"].Value);
        Assert.Equal(card.Characters.Total, card.FieldCharacters.Values.Sum(f => f.Total));
        Assert.Equal(card.Characters.Hits, card.FieldCharacters.Values.Sum(f => f.Hits));
    }

    [Fact]
    public void Score_IsZero_WhenExtractionFailed()
    {
        var truth = File([Sop("Penerimaan Surat", steps: ThreeSteps())], [new OtherPage(1, "PERATURAN")]);

        var card = FileScorer.Score(truth, File([], error: "needs OCR"));

        Assert.Equal(1, card.FailedFiles);
        Assert.All(card.Metrics(), m => Assert.Equal(0.0, m.Value));
    }

    [Fact]
    public void Score_CountsEachStepAndEdgeMistake()
    {
        var truth = File([Sop("Penerimaan Surat", steps: ThreeSteps())]);
        var output = File([Sop("Penerimaan Surar", steps:
        [
            Step(1, "Staf", StepShape.Start, 15, new Edge(2)),
            Step(2, "Kepala", StepShape.Process, 60, new Edge(3)),          // shape wrong, labels lost, back edge lost
            Step(3, "Kepala", StepShape.End, 1440) with { Duration = new Duration("1-2 hari", 1440, 2880) },
        ])]);

        var card = FileScorer.Score(truth, output);

        Assert.Equal(1.0, Metric(card, "recordRecall"));
        Assert.Equal(0.0, Metric(card, "titleExact"));
        Assert.Equal(1.0, Metric(card, "numberExact"));
        Assert.Equal(1.0, Metric(card, "datesExact"));
        Assert.Equal(1.0, Metric(card, "nipExact"));
        Assert.Equal(2.0 / 3, Metric(card, "stepShapeAccuracy")!.Value, 9);
        Assert.Equal(2.0 / 3, Metric(card, "stepActorAccuracy")!.Value, 9);
        Assert.Equal(2.0 / 3, Metric(card, "durationAccuracy")!.Value, 9);
        // truth edges 1→2, 2→3 Ya, 2→1 Tidak; output 1→2, 2→3: tp 1, fp 1, fn 2 → F1 = 2/(2+1+2)
        Assert.Equal(0.4, Metric(card, "nextEdgeF1")!.Value, 9);
    }

    [Fact]
    public void Score_CharAccuracyIsOneMinusCer()
    {
        var truth = File([Sop("abcdefghij", number: "")]);
        var output = File([Sop("abcdefghiX", number: "")]);

        var card = FileScorer.Score(truth, output);

        // The actors ("Kepala Staf" once folded) score 11 of 11 characters, the title 9 of 10: 20 of 21.
        Assert.Equal(20.0 / 21, Metric(card, "charAccuracy")!.Value, 9);
    }

    [Fact]
    public void Score_RecordPrecisionCountsSpuriousRecords_RecallCountsMissedOnes()
    {
        var truth = File([Sop("Penerimaan Surat", page: 1), Sop("Pengiriman Surat Keluar", number: "002", page: 2)]);
        var extra = File([Sop("Penerimaan Surat", page: 1), Sop("Pengiriman Surat Keluar", number: "002", page: 2), Sop("Daftar Isi Lampiran", number: "", page: 3)]);
        var missing = File([Sop("Pengiriman Surat Keluar", number: "002", page: 2)]);

        var withExtra = FileScorer.Score(truth, extra);
        var withMissing = FileScorer.Score(truth, missing);

        Assert.Equal(2.0 / 3, Metric(withExtra, "recordPrecision")!.Value, 9);
        Assert.Equal(1.0, Metric(withExtra, "recordRecall"));
        Assert.Equal(1.0, Metric(withMissing, "recordPrecision"));
        Assert.Equal(0.5, Metric(withMissing, "recordRecall"));
        Assert.Equal(0.5, Metric(withMissing, "titleExact"));
    }

    [Fact]
    public void Score_OtherPagesRecallIsTheShareOfTruthPagesFound()
    {
        var truth = File([], [new OtherPage(1, "PERATURAN"), new OtherPage(2, "LAMPIRAN")]);
        var output = File([], [new OtherPage(1, "PERATURAN"), new OtherPage(5, "x")]);

        Assert.Equal(0.5, Metric(FileScorer.Score(truth, output), "otherPagesRecall"));
    }

    [Fact]
    public void ScoreCards_AddUpToTheScoreOfTheWhole()
    {
        var perfect = File([Sop("Penerimaan Surat", steps: ThreeSteps())]);
        var failed = File([], error: "needs OCR");

        var sum = FileScorer.Score(perfect, perfect) + FileScorer.Score(perfect, failed);

        Assert.Equal(0.5, Metric(sum, "recordRecall"));
        Assert.Equal(0.5, Metric(sum, "stepShapeAccuracy"));
        Assert.Equal(2, sum.Files);
    }
}
