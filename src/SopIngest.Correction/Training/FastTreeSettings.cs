namespace SopIngest.Correction.Training;

/// <summary>Typed options of the FastTree trainer.</summary>
public sealed record FastTreeSettings
{
    public int Trees { get; init; } = 200;
    public int Leaves { get; init; } = 24;
    public int MinExamplesPerLeaf { get; init; } = 10;
    public double LearningRate { get; init; } = 0.1;
    public int Seed { get; init; } = 1;
}
