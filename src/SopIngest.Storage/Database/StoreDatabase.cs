using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SopIngest.Storage.Database;

/// <summary>Opens contexts on the configured backend and brings its schema up to date.</summary>
public sealed class StoreDatabase(StoreOptions options)
{
    private static readonly SqlitePragmas Pragmas = new();

    public StoreOptions Options => options;

    public SopStoreContext Open() => new(Configure(new DbContextOptionsBuilder<SopStoreContext>(), options).Options);

    internal static DbContextOptionsBuilder<SopStoreContext> Configure(DbContextOptionsBuilder<SopStoreContext> builder, StoreOptions options)
    {
        if (options.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                throw new InvalidOperationException("Store:Provider=postgres needs Store:ConnectionString");
            builder.UseNpgsql(options.ConnectionString)
                // The one migration history's snapshot carries SQLite's column types (see Migrations/README.md).
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        }
        else
        {
            builder.UseSqlite(options.SqliteConnectionString).AddInterceptors(Pragmas);
        }
        return builder;
    }

    /// <summary>Creates the store directory and applies pending migrations (safe to call from every process).</summary>
    public void Migrate()
    {
        Directory.CreateDirectory(options.Directory);
        Directory.CreateDirectory(options.FilesDirectory);
        using var db = Open();
        if (!options.IsPostgres)
        {
            // WAL lets the workers write while the CLI and the web app read.
            db.Database.OpenConnection();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL;";
            pragma.ExecuteNonQuery();
        }
        MigrateWithLock(db);
    }

    private void MigrateWithLock(SopStoreContext db)
    {
        if (!options.IsPostgres)
        {
            db.Database.Migrate();
            return;
        }
        // Several workers start together on one PostgreSQL: one migrates, the others wait for it.
        db.Database.OpenConnection();
        db.Database.ExecuteSqlRaw("SELECT pg_advisory_lock(727274)");
        try
        {
            db.Database.Migrate();
        }
        finally
        {
            db.Database.ExecuteSqlRaw("SELECT pg_advisory_unlock(727274)");
        }
    }
}
