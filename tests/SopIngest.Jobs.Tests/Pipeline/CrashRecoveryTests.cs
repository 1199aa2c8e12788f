using SopIngest.Storage.Database;
using SopIngest.Storage.Model;
using SopIngest.Storage.Store;
using SopIngest.Storage.Tests;

namespace SopIngest.Jobs.Tests.Pipeline;

/// <summary>
/// Real processes: a worker is killed with SIGKILL in the middle of a batch and started again. Every
/// document must end succeeded or failed with a reason, no record twice, no stored stage work redone.
/// </summary>
public sealed class CrashRecoveryTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const int Good = 50;
    private const int Bad = 3;
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
                CliProcess.Until(() => Done(queries, batch) >= 8 && InFlight(database, worker), Patience, "8 documents done and one in flight", worker);
                worker.Kill9();
                doneAtKill = Done(queries, batch);
            }
            Assert.True(doneAtKill < Good + Bad, $"the worker finished the batch ({doneAtKill}) before it was killed");

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
                CliProcess.Until(() => Done(queries, batch) >= 8 && InFlight(database, victim), Patience, "8 documents done and one in flight", steady, victim);
                victim.Kill9();
                Assert.True(Done(queries, batch) < Good + Bad, "the workers finished the batch before one was killed");
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

    /// <summary>True while the worker has a stage run started and not ended: killing it now interrupts real work.</summary>
    private static bool InFlight(StoreDatabase database, CliProcess worker)
    {
        using var db = database.Open();
        var name = $"{Environment.MachineName}:{worker.Id}";
        return db.StageRuns.Any(r => r.Worker == name && r.Outcome == null);
    }

    private static int Done(StatusQueries queries, long batch)
    {
        var s = queries.Summary(batch)!;
        return s.Succeeded + s.Failed;
    }

    private static void AssertEveryDocumentEndedOnce(StoreDatabase database, StatusQueries queries, long batch)
    {
        var status = queries.Batch(batch)!;
        Assert.Equal(Good + Bad, status.Documents);
        Assert.Equal(Good, status.Succeeded);
        Assert.Equal(Bad, status.Failed);
        Assert.All(status.Items.Where(i => i.State == "failed"), i => Assert.False(string.IsNullOrWhiteSpace(i.Error)));

        using var db = database.Open();
        var docs = db.Documents.ToList();
        Assert.All(docs, d => Assert.True(d.State is DocumentState.Succeeded or DocumentState.Failed));
        // The pipeline is deterministic: one document, one set of records, each written once (revision 1).
        var perDoc = db.Records.GroupBy(r => r.DocumentId).Select(g => g.Count()).Distinct().ToList();
        Assert.Single(perDoc);
        Assert.Equal(Good * perDoc[0], status.Records);
        Assert.Equal(db.Records.Count(), db.RecordRevisions.Count());
        // Stored stage work is never redone: per document one stored output, and no run started after it was stored.
        var outputs = db.PageResults.ToList();
        var runs = db.StageRuns.ToList();
        foreach (var output in outputs)
        {
            var docRuns = runs.Where(r => r.DocumentId == output.DocumentId && r.Stage == output.Stage).ToList();
            Assert.Single(docRuns, r => r.Outcome == "stored");
            Assert.DoesNotContain(docRuns, r => r.StartedAt > output.CreatedAt);
        }
        // The kill interrupted work in flight (a run that never ended), and that document was done again.
        var interrupted = runs.Where(r => r.Outcome is null).Select(r => r.DocumentId).Distinct().ToList();
        Assert.NotEmpty(interrupted);
        Assert.All(interrupted, id => Assert.True(docs.Single(d => d.Id == id).Attempts > 1));
    }

    private static string Temp() => Directory.CreateTempSubdirectory("sopingest-crash-").FullName;
}
