using Snapshooter.Xunit;
using SopIngest.Testing;

namespace SopIngest.Search.Tests;

/// <summary>The public surface of the search assembly, pinned: a change to it is a reviewed snapshot change.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_MatchesSnapshot() => Snapshot.Match(PublicSurface.Of(typeof(ISearchIndex).Assembly));
}
