using SopIngest.Jobs.Hosting;
using SopIngest.Jobs.Pipeline;
using SopIngest.Storage.Records;

namespace SopIngest.Jobs.Tests.Pipeline;

[Collection(Intake.HangfireGlobals.Name)]
public sealed class DocumentJobTests
{
    [Fact]
    public async Task Retry_AfterASinkFault_ReusesTheStoredReading_AndWritesNoRecordTwice()
    {
        using var store = new JobStore();
        var docId = await store.TakeIn(Corpus.Exports()[1]);
        using var extractor = new TestExtractor();
        var sink = new FlakySink(failures: 1);
        var queue = new ManualQueue();
        var jobs = JobSet.Compose(store.Runtime, extractor, [sink], queue, "test");

        await Assert.ThrowsAsync<IOException>(() => jobs.Document.RunAsync(docId)); // the index was down: Hangfire retries
        await jobs.Document.RunAsync(docId);
        await jobs.Document.RunAsync(docId); // a duplicate job for a finished document does nothing

        Assert.Equal(1, extractor.WholeReads);
        Assert.Equal(0, queue.Count); // an export is read whole: no page jobs
        Assert.Equal(2, sink.Calls);
        var status = store.Runtime.Queries.Document(docId)!;
        Assert.Equal("succeeded", status.State);
        Assert.Equal(2, status.Attempts);
        Assert.Equal(sink.Last!.Records.Select(r => r.Id!).ToList(), status.Records);
        Assert.Equal(extractor.Extract(store.PathOf(docId)).Records.Count, status.Records.Count);
        using var db = store.Runtime.Database.Open();
        Assert.Equal(status.Records.Count, db.RecordRevisions.Count());
    }

    [Fact]
    public async Task DocumentThatKeepsFailing_EndsFailedWithItsError_AfterTheRetries()
    {
        using var store = new JobStore();
        var docId = await store.TakeIn(Corpus.Exports()[1]);
        var options = new JobsOptions { Workers = 1, Retries = 2, RetryDelaysSeconds = [0], SweepSeconds = 1 };
        using var extractor = new TestExtractor { Fault = new TimeoutException("OCR engine did not answer") };
        using var host = JobHost.Start(store.Runtime, options, extractor, [], runJobs: true);

        CliProcess.Until(() => store.Runtime.Queries.Document(docId)!.State == "failed", TimeSpan.FromMinutes(1), "the document failed");

        var status = store.Runtime.Queries.Document(docId)!;
        Assert.Equal("failed after retries: TimeoutException: OCR engine did not answer", status.Error);
        Assert.Equal(3, extractor.WholeReads); // the first try and two retries
        using var db = store.Runtime.Database.Open();
        Assert.All(db.StageRuns, r => Assert.Equal("TimeoutException: OCR engine did not answer", r.Outcome));
        Assert.Empty(db.PageResults);
    }

    [Fact]
    public async Task PageThatKeepsFailing_EndsItsDocumentFailedWithTheError_AfterTheRetries()
    {
        using var store = new JobStore();
        var docId = await store.TakeIn(Corpus.Scan("synth-1-008-digital.pdf"));
        var options = new JobsOptions { Workers = 2, Retries = 1, RetryDelaysSeconds = [0], SweepSeconds = 1 };
        using var extractor = new TestExtractor { Fault = new TimeoutException("OCR engine did not answer") };
        using var host = JobHost.Start(store.Runtime, options, extractor, [], runJobs: true);

        CliProcess.Until(() => store.Runtime.Queries.Document(docId)!.State == "failed", TimeSpan.FromMinutes(1), "the document failed");

        Assert.Equal("failed after retries: TimeoutException: OCR engine did not answer", store.Runtime.Queries.Document(docId)!.Error);
        using var db = store.Runtime.Database.Open();
        Assert.Empty(db.PageResults);
        Assert.Empty(db.Records);
    }

    private sealed class FlakySink(int failures) : IRecordSink
    {
        private int _failures = failures;
        public int Calls;
        public RecordsStored? Last;

        public Task RecordsStoredAsync(RecordsStored stored, CancellationToken ct)
        {
            Calls++;
            Last = stored;
            return _failures-- > 0 ? throw new IOException("search index unavailable") : Task.CompletedTask;
        }
    }
}
