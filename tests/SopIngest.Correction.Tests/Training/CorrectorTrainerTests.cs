using SopIngest.Correction.Training;

namespace SopIngest.Correction.Tests.Training;

public sealed class CorrectorTrainerTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "sopingest-corrector-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }

    /// <summary>Two of the four exports and their labels: enough to train, small enough for a unit test.</summary>
    private (string Corpus, string Labels) SmallCorpus()
    {
        string[] files = ["001_222709af16668202.txt", "003_609f3079cfa7c797.txt"];
        var corpus = Directory.CreateDirectory(Path.Combine(_output, "corpus")).FullName;
        var labels = Directory.CreateDirectory(Path.Combine(_output, "labels")).FullName;
        foreach (var f in files) File.Copy(Path.Combine(RepoPaths.Exports, f), Path.Combine(corpus, f));
        foreach (var tsv in new[] { "errors.tsv", "correct.tsv" })
        {
            var rows = File.ReadAllLines(Path.Combine(RepoPaths.Labels, tsv));
            File.WriteAllLines(Path.Combine(labels, tsv), rows.Take(1).Concat(rows.Skip(1).Where(r => files.Contains(r.Split('\t')[0]))));
        }
        return (corpus, labels);
    }

    [Fact]
    public void Train_OnASmallCorpus_WritesALoadableModelAndItsMetrics()
    {
        var (corpusDir, labelsDir) = SmallCorpus();
        var model = Path.Combine(_output, "model");
        var edits = new ReviewEditList([new ReviewEdit("Undangun", "Undangan", "- SK Tim Kegiatan - Undangun - Daftar Hadir")]);
        var metrics = CorrectorTrainer.Train(new CorrectorTrainerOptions
        {
            CorpusDirectory = corpusDir,
            LabelsDirectory = labelsDir,
            OutputDirectory = model,
            FallbackLexiconDirectory = RepoPaths.ModelDirectory, // where hunspell-id is not installed
            ReviewEdits = edits,
            SyntheticErrors = 600,
            Threshold = 0.9, // fixed: skips the cross-validation the full training runs
            MeasureCorpusChangeRate = false,
        });

        foreach (var file in new[] { "model.zip", "metrics.json", "corrector.json", "lexicon.tsv.gz", "bigrams.tsv.gz", "confusions.tsv", "known-errors.txt" })
            Assert.True(File.Exists(Path.Combine(model, file)), file);
        Assert.Equal(1, metrics.ReviewEdits);
        Assert.True(metrics.HeldOut.Errors > 5, $"held-out errors {metrics.HeldOut.Errors}");
        Assert.True(metrics.TrainErrors > 10, $"train errors {metrics.TrainErrors}");
        Assert.Null(metrics.CorpusTokensChangedRate);
        Assert.True(metrics.HeldOut.TruePositives > 0);
        Assert.True(metrics.HeldOut.Precision >= 0.8, $"precision {metrics.HeldOut.Precision}");

        // The reviewer's garble is a known error now: repaired even where the corpus holds that form.
        Assert.Contains("undangun", File.ReadAllLines(Path.Combine(model, "known-errors.txt")));
        using var corrector = TextCorrector.Load(model);
        Assert.Equal(0.9, corrector.Options.Threshold);
        Assert.Equal("Rapat dengan Undangan", corrector.CorrectLine("Rapat dengan Undangun"));
    }
}
