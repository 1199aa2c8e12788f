using SopIngest.Storage.Store;
using SopIngest.Storage.Tests;
using SopIngest.Web.Review.Overlays;

namespace SopIngest.Web.Tests.Review.Overlays;

/// <summary>The overlays come from the layouts stored per page; a document without them shows its scan alone.</summary>
public sealed class ScanOverlaySourceTests
{
    [Fact]
    public void For_ReadsTheStoredPageLayouts_AndHasNoneWithoutThem()
    {
        using var temp = new TempStore();
        var registered = new BatchRegistry(temp.Database, TimeProvider.System)
            .Register("http", [new AcceptedFile(CorpusLayout.FileName, new string('d', 64), "pdf", 1)]).DocumentsToRun.Single();
        var layout = CorpusLayout.Read();
        var record = CorpusLayout.Record(layout);
        var source = new ScanOverlaySource(new PageLayoutQueries(temp.Database));

        Assert.True(source.For(registered, record).IsEmpty);

        CorpusLayout.Store(temp.Database, registered, layout);
        var overlays = source.For(registered, record);

        Assert.Equal(layout.Pages.Select(p => p.Number), overlays.Pages.Select(p => p.Page));
        Assert.Equal(FieldLinks.Of(record, layout.Pages), overlays.Links);
        var stored = new PageLayoutQueries(temp.Database).Pages(registered);
        Assert.Equal(layout.Pages.Sum(p => p.Blocks.Count), stored.Values.Sum(p => p.Blocks.Count));
    }
}
