namespace SopIngest.Jobs.Hosting;

/// <summary>The background jobs (configuration section <c>Jobs</c>).</summary>
public sealed record JobsOptions
{
    public const string Section = "Jobs";

    /// <summary><c>memory</c> (embedded default: Hangfire's in-process storage, the database is the source of truth)
    /// or <c>postgres</c> (Hangfire.PostgreSql on the shared database, for several worker processes).</summary>
    public string Storage { get; init; } = "memory";

    /// <summary>For <c>postgres</c>; defaults to <c>Store:ConnectionString</c>.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Jobs run at once in one process.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Automatic retries of a job that throws (transient faults) before its document ends failed.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Back-off between retries, in seconds (the last value repeats).</summary>
    public int[] RetryDelaysSeconds { get; init; } = [5, 30, 120];

    /// <summary>How often a host looks for unfinished documents no queue holds.</summary>
    public int SweepSeconds { get; init; } = 5;

    /// <summary>For <c>postgres</c>: a job whose worker stopped heart-beating is run again after this long.</summary>
    public int InvisibilitySeconds { get; init; } = 120;

    public bool IsPostgres => string.Equals(Storage, "postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Storage, "postgresql", StringComparison.OrdinalIgnoreCase);
}
