using Microsoft.EntityFrameworkCore;
using SopIngest.Storage.Database;
using SopIngest.Storage.Store;
using SopIngest.Storage.Tests.Store;

namespace SopIngest.Storage.Tests.Database;

/// <summary>The one migration history builds a working schema on both backends.</summary>
public sealed class MigrationsTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public void Migrate_OnSqlite_AppliesTheWholeHistory()
    {
        using var store = new TempStore();
        using var db = store.Database.Open();
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.NotEmpty(db.Database.GetAppliedMigrations());
    }

    [Fact]
    public void Migrate_OnPostgres_AppliesTheSameHistory_AndStoresRecords()
    {
        var database = new StoreDatabase(new StoreOptions { Provider = "postgres", ConnectionString = postgres.ConnectionString, Directory = Path.GetTempPath() });
        database.Migrate();
        database.Migrate(); // a second worker starting later finds nothing to do

        var sha = "fedcba987654" + new string('1', 52);
        var docId = new BatchRegistry(database, TimeProvider.System).Register("http", [new AcceptedFile("x.pdf", sha, "pdf", 3)]).DocumentsToRun.Single();
        new RecordWriter(database, TimeProvider.System).Store(docId, [RecordWriterTests.ARecord("Pelayanan")], "worker");
        var work = new DocumentWork(database, TimeProvider.System);
        Assert.NotNull(work.Start(docId));
        work.Succeed(docId, 2);

        using var db = database.Open();
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal("Pelayanan", new StatusQueries(database).Record("fedcba987654-001")!.Title);
        Assert.Equal(new BatchSummary(1, 1, 1, 0, 1), new StatusQueries(database).Summary(1));
    }
}
