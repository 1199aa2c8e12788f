using SopIngest.Correction;
using SopIngest.Correction.Training;
using SopIngest.Jobs.Hosting;
using SopIngest.Storage.Review;
using SopIngest.Web.Review;

namespace SopIngest.Cli.Commands;

/// <summary>
/// <c>train-corrector [--corpus DIR] [--labels DIR] [--out DIR] [--store DIR]</c>: trains the corrector on the
/// corpus, the labelled errors and the reviewers' edits saved in the store, evaluates it on the held-out
/// labels and writes the model with its metrics.
/// </summary>
internal static class TrainCorrectorCommand
{
    public static int Run(CliArgs args)
    {
        var metrics = CorrectorTrainer.Train(new CorrectorTrainerOptions
        {
            CorpusDirectory = args.Value("--corpus") ?? "corpus/ocr-exports",
            LabelsDirectory = args.Value("--labels") ?? "corpus/labels",
            OutputDirectory = args.Value("--out") ?? "models/corrector",
            ReviewEdits = ReviewerEdits(args.Value("--store")),
            Log = Console.Error.WriteLine,
        });
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(metrics, Core.Json.SopJson.Options));
        return 0;
    }

    /// <summary>The edits reviewers saved in the web app, when a store is named or the default one exists.</summary>
    private static IReviewEditSource? ReviewerEdits(string? storeDirectory)
    {
        var settings = IngestSettings.FromEnvironment(storeDirectory);
        if (storeDirectory is null && !settings.Store.IsPostgres && !Directory.Exists(settings.Store.Directory))
            return null;
        var runtime = IngestRuntime.Open(settings.Store, settings.Intake);
        var review = new ReviewDatabase(runtime.Database.Options);
        review.Migrate();
        var edits = new StoredReviewEdits(new RecordReviewStore(runtime.Database, review, TimeProvider.System));
        Console.Error.WriteLine($"train-corrector: {edits.ReadEdits().Count()} reviewer edit(s) from the store");
        return edits;
    }
}
