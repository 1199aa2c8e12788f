using SopIngest.Correction.Training;

namespace SopIngest.Correction.Tests.Training;

public sealed class CorrectorTrainerTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "sopingest-corrector-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }

    [Fact]
    public void Train_OnASmallShareOfTheLabels_WritesALoadableModelAndItsMetrics()
    {
        var edits = new ReviewEditList([new ReviewEdit("Undangun", "Undangan", "- SK Tim Kegiatan - Undangun - Daftar Hadir")]);
        var metrics = CorrectorTrainer.Train(new CorrectorTrainerOptions
        {
            CorpusDirectory = RepoPaths.Exports,
            LabelsDirectory = RepoPaths.Labels,
            OutputDirectory = _output,
            FallbackLexiconDirectory = RepoPaths.ModelDirectory, // where hunspell-id is not installed
            ReviewEdits = edits,
            LabelFraction = 0.3,
            SyntheticErrors = 600,
            Threshold = 0.9, // fixed: skips the cross-validation the full training runs
        });

        foreach (var file in new[] { "model.zip", "metrics.json", "corrector.json", "lexicon.tsv.gz", "bigrams.tsv.gz", "confusions.tsv" })
            Assert.True(File.Exists(Path.Combine(_output, file)), file);
        Assert.Equal(1, metrics.ReviewEdits);
        Assert.Equal(57, metrics.HeldOut.Errors);
        Assert.True(metrics.TrainErrors is > 20 and < 120, $"train errors {metrics.TrainErrors}");
        Assert.True(metrics.HeldOut.TruePositives > 0);
        Assert.True(metrics.HeldOut.Precision >= 0.8, $"precision {metrics.HeldOut.Precision}");

        using var corrector = TextCorrector.Load(_output);
        Assert.Equal(0.9, corrector.Options.Threshold);
        Assert.Equal("Rapat dengan Undangan", corrector.CorrectLine("Rapat dengan Undangun"));
    }
}
