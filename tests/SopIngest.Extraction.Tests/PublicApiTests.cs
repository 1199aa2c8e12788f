using Snapshooter.Xunit;
using SopIngest.Testing;
using SopIngest.Extraction.Pipeline;

namespace SopIngest.Extraction.Tests;

/// <summary>The public surface of the extraction assembly, pinned: a change to it is a reviewed snapshot change.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_MatchesSnapshot() => Snapshot.Match(PublicSurface.Of(typeof(ExtractionPipeline).Assembly));
}
