using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SopIngest.Storage.Database;

/// <summary>
/// Per-connection SQLite settings: with WAL, <c>synchronous=NORMAL</c> keeps every commit safe from a
/// process crash (kill -9) and skips the fsync per commit that <c>FULL</c> costs; only a power loss can
/// drop the last commits.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        await command.ExecuteNonQueryAsync(ct);
    }
}
