using SopIngest.Jobs.Hosting;
using SopIngest.Jobs.Intake;
using SopIngest.Storage.Database;

namespace SopIngest.Jobs.Tests.Pipeline;

/// <summary>A fresh SQLite store and file store in a temporary directory, with files taken in as the CLI would.</summary>
internal sealed class JobStore : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sopingest-job-").FullName;

    public JobStore() => Runtime = IngestRuntime.Open(new StoreOptions { Directory = _dir }, new IntakeOptions());

    public IngestRuntime Runtime { get; }

    public async Task<long> TakeIn(string path)
    {
        using var session = Runtime.BeginIntake();
        await session.AddPathAsync(path);
        return session.Commit("test").DocumentsToRun.Single();
    }

    public string PathOf(long documentId)
    {
        var status = Runtime.Queries.Document(documentId)!;
        return Directory.GetFiles(_dir, status.Sha256 + ".*", SearchOption.AllDirectories).Single();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
