using Snapshooter.Xunit;
using SopIngest.Testing;
using SopIngest.Core.Records;

namespace SopIngest.Core.Tests;

/// <summary>The public surface of the core assembly, pinned: a change to it is a reviewed snapshot change.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_MatchesSnapshot() => Snapshot.Match(PublicSurface.Of(typeof(SopRecord).Assembly));
}
