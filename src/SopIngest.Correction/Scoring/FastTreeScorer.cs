using Microsoft.ML;
using Microsoft.ML.Data;
using SopIngest.Correction.Training;

namespace SopIngest.Correction.Scoring;

/// <summary>One (token, candidate) row for ML.NET.</summary>
internal sealed class FeatureRow
{
    [VectorType(CandidateFeatures.Count)]
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1;
}

internal sealed class ScoreRow
{
    public float Probability { get; set; }
}

/// <summary>
/// The ML.NET FastTree binary classifier over <see cref="CandidateFeatures"/>. Prediction engines are not thread-safe,
/// so each thread gets its own.
/// </summary>
internal sealed class FastTreeScorer : ICandidateScorer, IDisposable
{
    public const string FileName = "model.zip";

    private readonly ThreadLocal<PredictionEngine<FeatureRow, ScoreRow>> _engines;
    private readonly ThreadLocal<FeatureRow> _rows = new(() => new FeatureRow());

    public FastTreeScorer(MLContext ml, ITransformer model)
    {
        _engines = new ThreadLocal<PredictionEngine<FeatureRow, ScoreRow>>(
            () => ml.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(model), trackAllValues: true);
    }

    public static FastTreeScorer Load(string path)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(path, out _);
        return new FastTreeScorer(ml, model);
    }

    public float Score(float[] features)
    {
        var row = _rows.Value!;
        row.Features = features;
        return _engines.Value!.Predict(row).Probability;
    }

    public void Dispose()
    {
        foreach (var e in _engines.Values) e.Dispose();
        _engines.Dispose();
        _rows.Dispose();
    }

    /// <summary>Trains the classifier; returns the model and the fitted scorer.</summary>
    public static (ITransformer Model, FastTreeScorer Scorer, MLContext Ml) Train(IEnumerable<FeatureRow> rows, FastTreeSettings settings)
    {
        var ml = new MLContext(seed: settings.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinExamplesPerLeaf,
            LearningRate = settings.LearningRate,
            NumberOfThreads = 2,
        });
        var model = trainer.Fit(data);
        return (model, new FastTreeScorer(ml, model), ml);
    }

    public static void Save(MLContext ml, ITransformer model, string path)
    {
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>()).Schema;
        ml.Model.Save(model, schema, path);
    }
}
