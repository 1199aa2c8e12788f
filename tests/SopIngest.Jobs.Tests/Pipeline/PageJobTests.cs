using SopIngest.Core.Json;
using SopIngest.Core.Layout;
using SopIngest.Jobs.Hosting;
using SopIngest.Jobs.Pipeline;

namespace SopIngest.Jobs.Tests.Pipeline;

/// <summary>
/// Documents whose reader reads page by page: one job per page, each page's layout stored before anything
/// else, then one continuation that assembles the records. Real documents from the scan set.
/// </summary>
[Collection(Intake.HangfireGlobals.Name)]
public sealed class PageJobTests
{
    private const string NinePages = "synth-1-009-digital.pdf";

    [Fact]
    public async Task PagedDocument_ThroughHangfire_StoresEachPagesLayout_ThenAssemblesTheRecordsOneExtractWouldMake()
    {
        using var store = new JobStore();
        var docId = await store.TakeIn(Corpus.Scan(NinePages));
        using var extractor = new TestExtractor();
        using (JobHost.Start(store.Runtime, new JobsOptions { Workers = 2, SweepSeconds = 1 }, extractor, [], runJobs: true))
            CliProcess.Until(() => store.Runtime.Queries.Document(docId)!.State == "succeeded", TimeSpan.FromMinutes(1), "the document succeeded");

        var expected = extractor.Extract(Corpus.Scan(NinePages));
        var status = store.Runtime.Queries.Document(docId)!;
        Assert.Equal(9, status.PageCount);
        Assert.Equal(expected.Records.Select(r => r.Title), status.Records.Select(id => store.Runtime.Queries.Record(id)!.Title));
        Assert.Equal(expected.Records.Select(r => SopJson.Serialize(r with { Id = null })),
            status.Records.Select(id => SopJson.Serialize(store.Runtime.Queries.Record(id)! with { Id = null })));
        // The contract with the review page: one row per page, stage "layout", 1-based page, a LayoutPage as JSON.
        using var db = store.Runtime.Database.Open();
        var layouts = db.PageResults.Where(p => p.DocumentId == docId && p.Stage == PageLayouts.Layout).OrderBy(p => p.Page).ToList();
        Assert.Equal(Enumerable.Range(1, 9), layouts.Select(p => p.Page));
        Assert.All(layouts, p => Assert.Equal(p.Page, SopJson.Deserialize<LayoutPage>(p.Json).Number));
        Assert.Single(db.PageResults, p => p.DocumentId == docId && p.Stage == AssemblyJob.Stage && p.Page == 0);
        Assert.Equal(9, extractor.PageReads);
        Assert.Equal(1, extractor.Assemblies);
        Assert.Equal(1, extractor.WholeReads); // the comparison above; the jobs never read it whole
    }

    [Fact]
    public async Task PageJobRunAgain_AfterItsLayoutWasStored_DoesNotReadThePageAgain()
    {
        using var store = new JobStore();
        var docId = await store.TakeIn(Corpus.Scan(NinePages));
        using var extractor = new TestExtractor();
        var queue = new ManualQueue();
        var jobs = JobSet.Compose(store.Runtime, extractor, [], queue, "test");
        await jobs.Document.RunAsync(docId);

        var first = queue.Take();
        await first(jobs);
        await first(jobs); // a retry, or a duplicate delivery after a lost acknowledgement

        Assert.Equal(1, extractor.PageReads);
        using var db = store.Runtime.Database.Open();
        Assert.Single(db.StageRuns, r => r.DocumentId == docId && r.Page == 1);
    }

    [Fact]
    public async Task DocumentJobRunAgain_AfterARestart_QueuesOnlyThePagesNotStored_AndEveryPageIsReadOnce()
    {
        using var store = new JobStore();
        var docId = await store.TakeIn(Corpus.Scan(NinePages));
        using var extractor = new TestExtractor();
        var queue = new ManualQueue();
        var jobs = JobSet.Compose(store.Runtime, extractor, [], queue, "test");
        await jobs.Document.RunAsync(docId);
        for (var i = 0; i < 3; i++)
            await queue.Take()(jobs);

        var restarted = new ManualQueue(); // the in-process queue was lost with the process
        var again = JobSet.Compose(store.Runtime, extractor, [], restarted, "test-2");
        await again.Document.RunAsync(docId);

        Assert.Equal(["page 4/9", "page 5/9", "page 6/9", "page 7/9", "page 8/9", "page 9/9"], restarted.Queued);
        var inProgress = store.Runtime.Queries.Document(docId)!;
        Assert.Equal(9, inProgress.PageCount); // progress: 3 of 9 pages stored
        Assert.Equal(3, inProgress.Stages.Count(s => s.Stage == PageLayouts.Layout));
        await restarted.RunAllAsync(again);
        Assert.Equal("succeeded", store.Runtime.Queries.Document(docId)!.State);
        Assert.Equal(9, extractor.PageReads);
        Assert.Equal(1, extractor.Assemblies);
    }

    [Fact]
    public async Task DuplicateContinuation_FindsTheDocumentFinished_AndAssemblesNothing()
    {
        using var store = new JobStore();
        var docId = await store.TakeIn(Corpus.Scan("synth-1-008-digital.pdf"));
        using var extractor = new TestExtractor();
        var queue = new ManualQueue();
        var jobs = JobSet.Compose(store.Runtime, extractor, [], queue, "test");
        await jobs.Document.RunAsync(docId);
        await queue.RunAllAsync(jobs);

        await jobs.Assembly.RunAsync(docId, 3);
        await jobs.Page.RunAsync(docId, 2, 3);

        Assert.Equal(1, extractor.Assemblies);
        Assert.Equal(3, extractor.PageReads);
        Assert.Single(queue.Queued, q => q.StartsWith("assembly", StringComparison.Ordinal));
        Assert.Equal("succeeded", store.Runtime.Queries.Document(docId)!.State);
    }

    [Fact]
    public async Task UnreadablePage_IsStoredWithItsReason_AndTheOtherPagesStillMakeTheRecords()
    {
        using var store = new JobStore();
        var docId = await store.TakeIn(Corpus.Scan(NinePages));
        using var extractor = new TestExtractor { UnreadablePages = new HashSet<int> { 9 } };
        var queue = new ManualQueue();
        var jobs = JobSet.Compose(store.Runtime, extractor, [], queue, "test");
        await jobs.Document.RunAsync(docId);
        await queue.RunAllAsync(jobs);

        var status = store.Runtime.Queries.Document(docId)!;
        Assert.Equal("succeeded", status.State);
        Assert.NotEmpty(status.Records);
        using var db = store.Runtime.Database.Open();
        var error = Assert.Single(db.PageResults, p => p.DocumentId == docId && p.Stage == PageLayouts.Unreadable);
        Assert.Equal(9, error.Page);
        Assert.Contains("page 9 is corrupt", error.Json);
        Assert.DoesNotContain(db.PageResults, p => p.Stage == PageLayouts.Layout && p.Page == 9);
    }

    [Fact]
    public async Task DocumentWithNoReadablePage_EndsFailedWithTheFirstPagesReason()
    {
        using var store = new JobStore();
        var docId = await store.TakeIn(Corpus.Scan("synth-1-008-digital.pdf"));
        using var extractor = new TestExtractor { UnreadablePages = new HashSet<int> { 1, 2, 3 } };
        var queue = new ManualQueue();
        var jobs = JobSet.Compose(store.Runtime, extractor, [], queue, "test");
        await jobs.Document.RunAsync(docId);
        await queue.RunAllAsync(jobs);

        var status = store.Runtime.Queries.Document(docId)!;
        Assert.Equal("failed", status.State);
        Assert.Equal("page 1 is corrupt and could not be decoded", status.Error);
        Assert.Equal(3, status.PageCount);
    }
}
