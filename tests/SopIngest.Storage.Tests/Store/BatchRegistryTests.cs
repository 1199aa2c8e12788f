using SopIngest.Storage.Model;
using SopIngest.Storage.Store;

namespace SopIngest.Storage.Tests.Store;

public sealed class BatchRegistryTests
{
    private static readonly string ShaA = new('a', 64);
    private static readonly string ShaB = new('b', 64);

    [Fact]
    public void Register_LinksSameContentToOneDocument_AndCountsEveryFile()
    {
        using var store = new TempStore();
        var registry = new BatchRegistry(store.Database, TimeProvider.System);

        var first = registry.Register("cli",
        [
            new AcceptedFile("a.txt", ShaA, "text", 10),
            new AcceptedFile("copy/a.txt", ShaA, "text", 10),
            new RejectedFile("../evil.txt", "unsafe path in ZIP"),
        ]);
        var second = registry.Register("http", [new AcceptedFile("again.txt", ShaA, "text", 10), new AcceptedFile("b.txt", ShaB, "text", 5)]);

        using var db = store.Database.Open();
        Assert.Equal(2, db.Documents.Count());
        Assert.Equal([first.DocumentsToRun.Single()], second.DocumentsToRun.Where(id => id == first.DocumentsToRun.Single()));
        Assert.Equal(1, first.Duplicates);
        Assert.Equal(1, second.Duplicates);
        var status = new StatusQueries(store.Database).Batch(first.BatchId)!;
        Assert.Equal(3, status.Documents);
        Assert.Equal(1, status.Failed); // the refused entry is accounted for, with its reason
        Assert.Equal("unsafe path in ZIP", status.Items.Single(i => i.Name == "../evil.txt").Error);
        Assert.False(status.Done);
    }

    [Fact]
    public void Register_DoesNotRunAgain_ADocumentThatIsFinished()
    {
        using var store = new TempStore();
        var registry = new BatchRegistry(store.Database, TimeProvider.System);
        var work = new DocumentWork(store.Database, TimeProvider.System);
        var id = registry.Register("cli", [new AcceptedFile("a.txt", ShaA, "text", 10)]).DocumentsToRun.Single();
        Assert.NotNull(work.Start(id));
        work.Fail(id, "no SOP found");

        var again = registry.Register("cli", [new AcceptedFile("a-again.txt", ShaA, "text", 10)]);

        Assert.Empty(again.DocumentsToRun);
        Assert.Null(work.Start(id));
        var summary = new StatusQueries(store.Database).Summary(again.BatchId)!;
        Assert.Equal(new BatchSummary(again.BatchId, 1, 0, 1, 0), summary);
        Assert.True(summary.Done);
        using var db = store.Database.Open();
        Assert.Equal(DocumentState.Failed, db.Documents.Single().State);
    }

    [Fact]
    public void SaveStageOutput_KeepsTheFirstOutput_WhenTwoRunsStoreTheSameKey()
    {
        using var store = new TempStore();
        var work = new DocumentWork(store.Database, TimeProvider.System);
        var id = new BatchRegistry(store.Database, TimeProvider.System).Register("cli", [new AcceptedFile("a.txt", ShaA, "text", 1)]).DocumentsToRun.Single();
        var run1 = work.BeginRun(id, 0, "extract", 1, "w1");
        var run2 = work.BeginRun(id, 0, "extract", 1, "w2");

        work.SaveStageOutput(run1, id, 0, "extract", 1, "{\"first\":true}");
        work.SaveStageOutput(run2, id, 0, "extract", 1, "{\"first\":false}");

        Assert.Equal("{\"first\":true}", work.StageOutput(id, 0, "extract", 1));
        Assert.Null(work.StageOutput(id, 0, "extract", 2));
        using var db = store.Database.Open();
        Assert.Equal(["stored", "stored earlier by another run"], db.StageRuns.OrderBy(r => r.Id).Select(r => r.Outcome!).ToList());
    }
}

public sealed class DispatchClaimTests
{
    [Fact]
    public void TryClaimDispatch_LetsExactlyOneProcessQueueADocument_AndTakesOverStaleClaims()
    {
        using var store = new TempStore();
        var id = new BatchRegistry(store.Database, TimeProvider.System).Register("cli", [new AcceptedFile("a.txt", new string('d', 64), "text", 1)]).DocumentsToRun.Single();
        var work = new DocumentWork(store.Database, TimeProvider.System);

        Assert.True(work.TryClaimDispatch(id, "pg:pending", TimeSpan.FromMinutes(1)));
        Assert.False(work.TryClaimDispatch(id, "pg:pending", TimeSpan.FromMinutes(1)));
        Assert.True(work.TryClaimDispatch(id, "pg:pending", TimeSpan.Zero - TimeSpan.FromSeconds(1))); // the claimer died: stale
        work.Enqueued(id, "pg:42");
        Assert.False(work.TryClaimDispatch(id, "pg:pending", TimeSpan.Zero - TimeSpan.FromSeconds(1)));
    }
}
