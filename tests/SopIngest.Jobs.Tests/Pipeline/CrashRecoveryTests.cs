using SopIngest.Storage.Database;
using SopIngest.Storage.Model;
using SopIngest.Storage.Store;
using SopIngest.Storage.Tests;

namespace SopIngest.Jobs.Tests.Pipeline;

/// <summary>
/// Real processes: a worker is killed with SIGKILL in the middle of a batch — while it reads a page of a scan
/// whose other pages are stored — and started again. Every document must end succeeded or failed with a
/// reason, no record twice, no stored stage work redone: no page's layout read again after it was stored.
/// </summary>
public sealed class CrashRecoveryTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const int Good = 50;
    private const int Bad = 3;
    private static readonly int Paged = Corpus.PagedInBatch.Length;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public void Kill9OfTheWorkerMidBatch_ThenRestart_EveryDocumentEndsOnce_Embedded()
    {
        var root = Temp();
        var store = Path.Combine(root, "store");
        var input = Corpus.WriteBatch(Path.Combine(root, "in"), Good);
        var env = new Dictionary<string, string> { ["SOPINGEST_Jobs__Workers"] = "2", ["SOPINGEST_Jobs__SweepSeconds"] = "1" };
        var database = new StoreDatabase(new StoreOptions { Directory = store });
        try
        {
            var batch = Ingest(env, input, "--store", store);
            var queries = new StatusQueries(database);

            int doneAtKill;
            using (var worker = CliProcess.Start(env, "worker", "--store", store))
            {
                CliProcess.Until(() => Done(queries, batch) >= 8 && PageInFlight(database, worker), Patience, "8 documents done and a page in flight", worker);
                worker.Kill9();
                doneAtKill = Done(queries, batch);
            }
            Assert.True(doneAtKill < Good + Paged + Bad, $"the worker finished the batch ({doneAtKill}) before it was killed");

            using (var again = CliProcess.Start(env, "worker", "--store", store))
                CliProcess.Until(() => queries.Summary(batch)!.Done, Patience, "the batch finished after the restart", again);

            AssertEveryDocumentEndedOnce(database, queries, batch);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Kill9OfOneOfTwoWorkersOnPostgres_ThenRestart_EveryDocumentEndsOnce()
    {
        var root = Temp();
        var input = Corpus.WriteBatch(Path.Combine(root, "in"), Good);
        var env = new Dictionary<string, string>
        {
            ["SOPINGEST_Store__Provider"] = "postgres",
            ["SOPINGEST_Store__ConnectionString"] = postgres.ConnectionString,
            ["SOPINGEST_Store__Directory"] = Path.Combine(root, "store"),
            ["SOPINGEST_Jobs__Storage"] = "postgres",
            ["SOPINGEST_Jobs__Workers"] = "1",
            ["SOPINGEST_Jobs__InvisibilitySeconds"] = "8",
            ["SOPINGEST_Jobs__SweepSeconds"] = "1",
        };
        var database = new StoreDatabase(new StoreOptions { Provider = "postgres", ConnectionString = postgres.ConnectionString });
        try
        {
            var queries = new StatusQueries(database);
            using var steady = CliProcess.Start(env, "worker");
            using (var victim = CliProcess.Start(env, "worker"))
            {
                var batch = Ingest(env, input);
                CliProcess.Until(() => Done(queries, batch) >= 8 && PageInFlight(database, victim), Patience, "8 documents done and a page in flight", steady, victim);
                victim.Kill9();
                Assert.True(Done(queries, batch) < Good + Paged + Bad, "the workers finished the batch before one was killed");
                using var restarted = CliProcess.Start(env, "worker");
                CliProcess.Until(() => queries.Summary(batch)!.Done, Patience, "the batch finished after the restart", steady, restarted);
                AssertEveryDocumentEndedOnce(database, queries, batch);
                using var db = database.Open();
                var workers = db.StageRuns.Select(r => r.Worker).Distinct().Count();
                Assert.True(workers >= 2, $"both workers took documents from the one queue (saw {workers})");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static long Ingest(IReadOnlyDictionary<string, string> env, string input, params string[] extra)
    {
        using var ingest = CliProcess.Start(env, ["ingest", input, .. extra]);
        Assert.Equal(0, ingest.WaitForExit(TimeSpan.FromMinutes(2)));
        return long.Parse(ingest.Stdout.Trim());
    }

    /// <summary>
    /// True while the worker is reading a page (a layout run started and not ended) of a document with another
    /// page stored already: killing it now interrupts real work beside work that must not be redone.
    /// </summary>
    private static bool PageInFlight(StoreDatabase database, CliProcess worker)
    {
        using var db = database.Open();
        var name = $"{Environment.MachineName}:{worker.Id}";
        return db.StageRuns.Any(r => r.Worker == name && r.Stage == "layout" && r.Outcome == null
            && db.PageResults.Any(p => p.DocumentId == r.DocumentId && p.Stage == "layout"));
    }

    private static int Done(StatusQueries queries, long batch)
    {
        var s = queries.Summary(batch)!;
        return s.Succeeded + s.Failed;
    }

    private static void AssertEveryDocumentEndedOnce(StoreDatabase database, StatusQueries queries, long batch)
    {
        var status = queries.Batch(batch)!;
        Assert.Equal(Good + Paged + Bad, status.Documents);
        Assert.Equal(Good + Paged, status.Succeeded);
        Assert.Equal(Bad, status.Failed);
        Assert.All(status.Items.Where(i => i.State == "failed"), i => Assert.False(string.IsNullOrWhiteSpace(i.Error)));

        using var db = database.Open();
        var docs = db.Documents.ToList();
        Assert.All(docs, d => Assert.True(d.State is DocumentState.Succeeded or DocumentState.Failed));
        // The pipeline is deterministic: one export, one set of records, each written once (revision 1).
        var exports = docs.Where(d => d.Kind == "text").Select(d => d.Id).ToList();
        var perExport = db.Records.Where(r => exports.Contains(r.DocumentId)).GroupBy(r => r.DocumentId).Select(g => g.Count()).Distinct().ToList();
        Assert.Single(perExport);
        Assert.Equal(db.Records.Count(), db.RecordRevisions.Count());
        var outputs = db.PageResults.ToList();
        var runs = db.StageRuns.ToList();
        AssertEveryPageStoredOnce(docs, outputs);
        AssertNoStoredWorkRedone(outputs, runs);
        // The kill interrupted a page read (a run that never ended); that document was done again, that page too.
        var interrupted = runs.Where(r => r.Outcome is null).ToList();
        Assert.Contains(interrupted, r => r.Stage == "layout");
        Assert.All(interrupted, r => Assert.True(docs.Single(d => d.Id == r.DocumentId).Attempts > 1));
        Assert.All(interrupted.Where(r => r.Stage == "layout"),
            r => Assert.Single(runs, s => s.DocumentId == r.DocumentId && s.Page == r.Page && s.Outcome == "stored" && s.StartedAt > r.StartedAt));
    }

    /// <summary>Each page of each scan has its layout (or its reason for being unreadable) stored once, then one assembly.</summary>
    private static void AssertEveryPageStoredOnce(IReadOnlyList<Document> docs, IReadOnlyList<PageResult> outputs)
    {
        foreach (var (name, _, pages) in Corpus.PagedInBatch)
        {
            var doc = docs.Single(d => d.FileName.EndsWith(name, StringComparison.Ordinal));
            Assert.Equal(pages, doc.PageCount);
            var layouts = outputs.Where(o => o.DocumentId == doc.Id && o.Stage is "layout" or "layout-error").Select(o => o.Page).Order();
            Assert.Equal(Enumerable.Range(1, pages), layouts);
            Assert.Single(outputs, o => o.DocumentId == doc.Id && o.Stage == "records" && o.Page == 0);
        }
    }

    /// <summary>
    /// Stored stage work is never redone: per (document, page, stage) one stored output, made by exactly one run,
    /// and no run of that page and stage started after it was stored — in particular, no page read twice.
    /// </summary>
    private static void AssertNoStoredWorkRedone(IReadOnlyList<PageResult> outputs, IReadOnlyList<StageRun> runs)
    {
        foreach (var output in outputs)
        {
            var runStage = output.Stage == "layout-error" ? "layout" : output.Stage;
            var pageRuns = runs.Where(r => r.DocumentId == output.DocumentId && r.Page == output.Page && r.Stage == runStage).ToList();
            Assert.Single(pageRuns, r => r.Outcome == "stored");
            Assert.DoesNotContain(pageRuns, r => r.StartedAt > output.CreatedAt);
        }
    }

    private static string Temp() => Directory.CreateTempSubdirectory("sopingest-crash-").FullName;
}
