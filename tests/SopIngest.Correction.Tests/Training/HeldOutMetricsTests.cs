using System.Text.Json;
using SopIngest.Correction.Training;

namespace SopIngest.Correction.Tests.Training;

[Collection(ShippedModelCollection.Name)]
public sealed class HeldOutMetricsTests(ShippedModelFixture fixture)
{
    private static readonly Dictionary<string, string[]> Corpus = LabelledSet.ReadCorpus(RepoPaths.Exports);
    private static readonly List<LabelledToken> Labels = LabelledSet.Read(RepoPaths.Labels, Corpus);

    [Fact]
    public void LabelledSet_HoldsAtLeast200RealErrorsAnd200CorrectTokens_OnBothSidesOfTheSplit()
    {
        Assert.True(Labels.Count(l => l.IsError) >= 200);
        Assert.True(Labels.Count(l => !l.IsError) >= 200);
        Assert.Contains(Labels, l => l.IsError && l.HeldOut);
        Assert.Contains(Labels, l => l.IsError && !l.HeldOut);
        // Grouped split: one form never sits on both sides.
        var trainForms = Labels.Where(l => !l.HeldOut).Select(l => l.Token.ToLowerInvariant()).ToHashSet();
        Assert.DoesNotContain(Labels.Where(l => l.HeldOut), l => trainForms.Contains(l.Token.ToLowerInvariant()));
    }

    [Fact]
    public void ShippedModel_OnHeldOutLabels_MeetsPrecisionRecallAndFalseChangeTargets()
    {
        var heldOut = Labels.Where(l => l.HeldOut).ToList();
        var scores = Evaluator.Evaluate(fixture.Model, Corpus, heldOut, fixture.Corrector.Options).Scores;

        Assert.True(scores.Precision >= 0.95, $"precision {scores.Precision}");
        Assert.True(scores.Recall >= 0.70, $"recall {scores.Recall}");
        Assert.True(scores.FalseChangeRate <= 0.01, $"false-change rate {scores.FalseChangeRate}");
    }

    [Fact]
    public void MetricsJson_ReportsTheFiguresTheShippedModelReproduces()
    {
        var heldOut = Labels.Where(l => l.HeldOut).ToList();
        var scores = Evaluator.Evaluate(fixture.Model, Corpus, heldOut, fixture.Corrector.Options).Scores;
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.ModelDirectory, CorrectorTrainer.MetricsFileName)));
        var written = json.RootElement.GetProperty("HeldOut");

        Assert.Equal(scores.TruePositives, written.GetProperty("TruePositives").GetInt32());
        Assert.Equal(scores.FalseChanges, written.GetProperty("FalseChanges").GetInt32());
        Assert.Equal(scores.Errors, written.GetProperty("Errors").GetInt32());
        Assert.Equal(fixture.Corrector.Options.Threshold, json.RootElement.GetProperty("Threshold").GetDouble());
        Assert.True(json.RootElement.GetProperty("TrainingSeconds").GetDouble() < 180);
    }
}
