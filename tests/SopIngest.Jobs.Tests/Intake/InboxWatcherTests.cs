using SopIngest.Jobs.Hosting;
using SopIngest.Jobs.Intake;
using SopIngest.Jobs.Pipeline;
using SopIngest.Storage.Database;

namespace SopIngest.Jobs.Tests.Intake;

[Collection(HangfireGlobals.Name)]
public sealed class InboxWatcherTests
{
    [Fact]
    public void Sweep_TakesFilesOnceTheyStopGrowing_AsOneBatch_AndMovesThemAside()
    {
        var dir = Directory.CreateTempSubdirectory("sopingest-inbox-").FullName;
        try
        {
            var runtime = IngestRuntime.Open(new StoreOptions { Directory = Path.Combine(dir, "store") }, new IntakeOptions());
            using var host = JobHost.Start(runtime, new JobsOptions(), new NoExtractor(), [], runJobs: false);
            var inbox = Path.Combine(dir, "inbox");
            using var watcher = new InboxWatcher(inbox, host, sweepSeconds: 3600); // swept by hand below
            File.Copy(Corpus.Exports()[0], Path.Combine(inbox, "a.txt"));
            File.Copy(Corpus.Exports()[1], Path.Combine(inbox, "b.txt"));

            watcher.Sweep(); // first look: sizes noted, nothing taken yet
            Assert.Null(runtime.Queries.Batch(1));
            watcher.Sweep();

            var batch = runtime.Queries.Batch(1)!;
            Assert.Equal("inbox", batch.Source);
            Assert.Equal(["a.txt", "b.txt"], batch.Items.Select(i => i.Name).ToList());
            Assert.Empty(Directory.GetFiles(inbox));
            Assert.Equal(2, Directory.GetFiles(Path.Combine(inbox, ".taken", "1")).Length);
            watcher.Sweep();
            Assert.Null(runtime.Queries.Batch(2));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed class NoExtractor : IDocumentExtractor
    {
        public string Stage => "extract";
        public int Version => 1;
        public Core.Records.ExtractResult Extract(string path) => throw new InvalidOperationException("not run in this test");
        public Extraction.Pipeline.IPagedDocument? OpenPages(string path) => throw new InvalidOperationException("not run in this test");
        public Core.Records.ExtractResult Assemble(string path, IReadOnlyList<Extraction.Pipeline.PageReading> pages) =>
            throw new InvalidOperationException("not run in this test");
    }
}

/// <summary>Tests that start a <see cref="JobHost"/> in this process share Hangfire's global state: one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class HangfireGlobals
{
    public const string Name = "Hangfire globals";
}
