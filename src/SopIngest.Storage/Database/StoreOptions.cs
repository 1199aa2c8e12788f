namespace SopIngest.Storage.Database;

/// <summary>
/// Where records live (configuration section <c>Store</c>). The embedded default is a SQLite file under
/// <see cref="Directory"/>; <c>Provider=postgres</c> with a connection string is the production backend.
/// </summary>
public sealed record StoreOptions
{
    public const string Section = "Store";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Provider { get; init; } = "sqlite";

    /// <summary>The store directory: the SQLite file and the content-addressed file store live here.</summary>
    public string Directory { get; init; } = "data";

    /// <summary>For <c>postgres</c>: an Npgsql connection string. For <c>sqlite</c>: optional, defaults to a file in <see cref="Directory"/>.</summary>
    public string? ConnectionString { get; init; }

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "postgresql", StringComparison.OrdinalIgnoreCase);

    public string FilesDirectory => Path.Combine(Directory, "files");

    public string SqliteConnectionString =>
        ConnectionString ?? $"Data Source={Path.Combine(Directory, "sopingest.db")};Default Timeout=60;Pooling=True";
}
