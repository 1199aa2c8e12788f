using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SopIngest.Storage.Database;

/// <summary>For <c>dotnet ef migrations add</c> only. Migrations are written on SQLite, then the column
/// types are removed so that PostgreSQL maps them itself (see Migrations/README.md).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SopStoreContext>
{
    public SopStoreContext CreateDbContext(string[] args) =>
        new(StoreDatabase.Configure(new DbContextOptionsBuilder<SopStoreContext>(), new StoreOptions { Directory = Path.GetTempPath() }).Options);
}
