using SopIngest.Correction.Training;

namespace SopIngest.Cli.Commands;

/// <summary>
/// <c>train-corrector [--corpus DIR] [--labels DIR] [--out DIR]</c>: trains the corrector on the corpus and
/// labelled errors, evaluates it on the held-out labels and writes the model with its metrics.
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
            Log = Console.Error.WriteLine,
        });
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(metrics, Core.Json.SopJson.Options));
        return 0;
    }
}
