using SopIngest.Correction.Correcting;

namespace SopIngest.Correction.Tests;

/// <summary>The shipped model (models/corrector), loaded once for all tests that read it.</summary>
public sealed class ShippedModelFixture : IDisposable
{
    public ShippedModelFixture()
    {
        Corrector = TextCorrector.Load(RepoPaths.ModelDirectory);
    }

    public TextCorrector Corrector { get; }
    internal CorrectionModel Model => Corrector.Model;

    public void Dispose()
    {
        Corrector.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ShippedModelCollection : ICollectionFixture<ShippedModelFixture>
{
    public const string Name = "shipped corrector model";
}
