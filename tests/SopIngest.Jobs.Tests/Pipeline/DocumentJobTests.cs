using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Jobs.Hosting;
using SopIngest.Jobs.Pipeline;
using SopIngest.Storage.Database;
using SopIngest.Storage.Model;
using SopIngest.Storage.Records;
using SopIngest.Storage.Tests;

namespace SopIngest.Jobs.Tests.Pipeline;

[Collection(Intake.HangfireGlobals.Name)]
public sealed class DocumentJobTests
{
    [Fact]
    public async Task Retry_AfterASinkFault_ReusesTheStoredReading_AndWritesNoRecordTwice()
    {
        var (dir, runtime) = Open();
        try
        {
            var docId = await TakeIn(runtime, Corpus.Exports()[1]);
            var extractor = new CountingExtractor();
            var sink = new FlakySink(failures: 1);
            var job = new DocumentJob(runtime.Work, runtime.Records, runtime.Files, extractor, [sink], "test");

            await Assert.ThrowsAsync<IOException>(() => job.RunAsync(docId)); // the index was down: Hangfire retries
            await job.RunAsync(docId);
            await job.RunAsync(docId); // a duplicate job for a finished document does nothing

            Assert.Equal(1, extractor.Calls);
            Assert.Equal(2, sink.Calls);
            var status = runtime.Queries.Document(docId)!;
            Assert.Equal("succeeded", status.State);
            Assert.Equal(2, status.Attempts);
            Assert.Equal(sink.Last!.Records.Select(r => r.Id!).ToList(), status.Records);
            Assert.Equal(extractor.RecordCount, status.Records.Count);
            using var db = runtime.Database.Open();
            Assert.Equal(status.Records.Count, db.RecordRevisions.Count());
        }
        finally
        {
            Cleanup(dir);
        }
    }

    [Fact]
    public async Task DocumentThatKeepsFailing_EndsFailedWithItsError_AfterTheRetries()
    {
        var (dir, runtime) = Open();
        try
        {
            var docId = await TakeIn(runtime, Corpus.Exports()[1]);
            var options = new JobsOptions { Workers = 1, Retries = 2, RetryDelaysSeconds = [0], SweepSeconds = 1 };
            var extractor = new CountingExtractor { Fault = new TimeoutException("OCR engine did not answer") };
            using var host = JobHost.Start(runtime, options, extractor, [], runJobs: true);

            CliProcess.Until(() => runtime.Queries.Document(docId)!.State == "failed", TimeSpan.FromMinutes(1), "the document failed");

            var status = runtime.Queries.Document(docId)!;
            Assert.Equal("failed after retries: TimeoutException: OCR engine did not answer", status.Error);
            Assert.Equal(3, extractor.Calls); // the first try and two retries
            using var db = runtime.Database.Open();
            Assert.All(db.StageRuns, r => Assert.Equal("TimeoutException: OCR engine did not answer", r.Outcome));
            Assert.Empty(db.PageResults);
        }
        finally
        {
            Cleanup(dir);
        }
    }

    private static (string, IngestRuntime) Open()
    {
        var dir = Directory.CreateTempSubdirectory("sopingest-job-").FullName;
        return (dir, IngestRuntime.Open(new StoreOptions { Directory = dir }, new SopIngest.Jobs.Intake.IntakeOptions()));
    }

    private static async Task<long> TakeIn(IngestRuntime runtime, string path)
    {
        using var session = runtime.BeginIntake();
        await session.AddPathAsync(path);
        return session.Commit("test").DocumentsToRun.Single();
    }

    private static void Cleanup(string dir)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }

    private sealed class CountingExtractor : IDocumentExtractor
    {
        private readonly Extraction.Pipeline.ExtractionPipeline _pipeline = new(
            [new Extraction.Reading.Export.ExportTextReader(new())], new Extraction.Records.RecordBuilder(), []);

        public int Calls;
        public int RecordCount;
        public Exception? Fault { get; init; }
        public string Stage => "extract";
        public int Version => 1;

        public ExtractResult Extract(string path)
        {
            Interlocked.Increment(ref Calls);
            if (Fault is not null)
                throw Fault;
            var result = _pipeline.Extract(path);
            RecordCount = result.Records.Count;
            return result;
        }
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
