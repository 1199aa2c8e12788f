using System.Diagnostics;
using Npgsql;
using SopIngest.Storage.Database;

namespace SopIngest.Storage.Tests;

/// <summary>A fresh SQLite store in a temp directory, removed afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Directory = Path.Combine(Path.GetTempPath(), "sopingest-storage-" + Guid.NewGuid().ToString("N"));
        Database = new StoreDatabase(new StoreOptions { Directory = Directory });
        Database.Migrate();
    }

    public string Directory { get; }
    public StoreDatabase Database { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>
/// The local PostgreSQL of <c>scripts/pg-start</c>, started when the tests need it, with a database of
/// the tests' own. It fails loudly when PostgreSQL cannot be started: nothing is skipped.
/// </summary>
public sealed class PostgresFixture : IDisposable
{
    public PostgresFixture()
    {
        var server = PgStart();
        DatabaseName = "storage_tests_" + Guid.NewGuid().ToString("N")[..12];
        using (var conn = new NpgsqlConnection(server))
        {
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", conn);
            cmd.ExecuteNonQuery();
        }
        ServerConnectionString = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName }.ConnectionString;
    }

    public string ServerConnectionString { get; }
    public string ConnectionString { get; }
    public string DatabaseName { get; }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SopIngest.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static string PgStart()
    {
        var start = new ProcessStartInfo(Path.Combine(RepoRoot(), "scripts", "pg-start"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000) || process.ExitCode != 0)
            throw new InvalidOperationException($"scripts/pg-start failed: {stderr.Result}");
        return stdout.Result.Trim().Split('\n').Last();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var conn = new NpgsqlConnection(ServerConnectionString);
        conn.Open();
        using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", conn);
        cmd.ExecuteNonQuery();
    }
}
