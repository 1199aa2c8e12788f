using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SopIngest.Storage.Database;

namespace SopIngest.Storage.Review;

/// <summary>Opens <see cref="ReviewStoreContext"/> on the store's backend and brings its tables up to date.</summary>
public sealed class ReviewDatabase(StoreOptions options)
{
    public ReviewStoreContext Open() => new(Configure(new DbContextOptionsBuilder<ReviewStoreContext>(), options).Options);

    internal static DbContextOptionsBuilder<ReviewStoreContext> Configure(DbContextOptionsBuilder<ReviewStoreContext> builder, StoreOptions options)
    {
        if (options.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                throw new InvalidOperationException("Store:Provider=postgres needs Store:ConnectionString");
            builder.UseNpgsql(options.ConnectionString, o => o.MigrationsHistoryTable(ReviewStoreContext.HistoryTable))
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        }
        else
        {
            builder.UseSqlite(options.SqliteConnectionString, o => o.MigrationsHistoryTable(ReviewStoreContext.HistoryTable));
        }
        return builder;
    }

    /// <summary>Applies pending migrations; the store's own (<see cref="StoreDatabase.Migrate"/>) run first.</summary>
    public void Migrate()
    {
        using var db = Open();
        db.Database.Migrate();
    }
}

/// <summary>For <c>dotnet ef migrations add … --context ReviewStoreContext</c> only.</summary>
internal sealed class ReviewDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<ReviewStoreContext>
{
    public ReviewStoreContext CreateDbContext(string[] args) =>
        new(ReviewDatabase.Configure(new DbContextOptionsBuilder<ReviewStoreContext>(), new StoreOptions { Directory = Path.GetTempPath() }).Options);
}
