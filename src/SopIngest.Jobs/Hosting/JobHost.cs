using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using SopIngest.Jobs.Intake;
using SopIngest.Jobs.Pipeline;
using SopIngest.Jobs.Queueing;
using SopIngest.Storage.Records;
using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Hosting;

/// <summary>
/// Hangfire for one process: its storage (in-process or PostgreSQL), the retry policy, and — for hosts
/// that run jobs — a server that, at start-up and every sweep, re-queues unfinished documents no queue
/// holds. Hosts (CLI ingest, worker, web) create one and dispose it on the way out.
/// </summary>
public sealed class JobHost : IDisposable
{
    private readonly BackgroundJobServer? _server;
    private readonly Timer? _sweep;
    private readonly IngestRuntime _runtime;

    private JobHost(IngestRuntime runtime, JobsOptions options, JobStorage storage, IJobQueue queue, BackgroundJobServer? server)
    {
        _runtime = runtime;
        Storage = storage;
        Queue = queue;
        Dispatcher = new Dispatcher(queue, runtime.Work);
        _server = server;
        if (server is not null)
        {
            Dispatcher.Requeue();
            var every = TimeSpan.FromSeconds(Math.Max(1, options.SweepSeconds));
            _sweep = new Timer(_ => Sweep(), null, every, every);
        }
    }

    public JobStorage Storage { get; }
    public IJobQueue Queue { get; }
    public Dispatcher Dispatcher { get; }
    public bool RunsJobs => _server is not null;

    /// <summary>
    /// Sets up Hangfire; with <paramref name="runJobs"/> this process also works the queue with
    /// <paramref name="extractor"/> (a host that only queues needs none, and loads no reader or model).
    /// </summary>
    public static JobHost Start(IngestRuntime runtime, JobsOptions options, IDocumentExtractor? extractor, IReadOnlyList<IRecordSink> sinks, bool runJobs, string? storeConnectionString = null)
    {
        if (runJobs && extractor is null)
            throw new ArgumentNullException(nameof(extractor), "a host that runs jobs needs the pipeline to run");
        JobStorage storage;
        string identity;
        if (options.IsPostgres)
        {
            var connection = options.ConnectionString ?? storeConnectionString
                ?? throw new InvalidOperationException("Jobs:Storage=postgres needs Jobs:ConnectionString or Store:ConnectionString");
            var pg = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromMilliseconds(500),
                InvisibilityTimeout = TimeSpan.FromSeconds(Math.Max(5, options.InvisibilitySeconds)),
                UseSlidingInvisibilityTimeout = true,
            };
            storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(connection, pg), pg);
            identity = "pg";
        }
        else
        {
            storage = new InMemoryStorage(new InMemoryStorageOptions());
            identity = "memory-" + Guid.NewGuid().ToString("N")[..12];
        }
        JobStorage.Current = storage;

        ConfigureFilters(runtime.Work, options);
        var queue = new HangfireJobQueue(new BackgroundJobClient(storage), identity, durable: options.IsPostgres);
        BackgroundJobServer? server = null;
        if (runJobs)
        {
            var worker = $"{Environment.MachineName}:{Environment.ProcessId}";
            var jobs = JobSet.Compose(runtime, extractor!, sinks, queue, worker);
            server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                WorkerCount = Math.Max(1, options.Workers),
                Queues = HangfireJobQueue.Queues,
                Activator = new ComposedJobActivator(jobs),
                ServerName = worker,
                SchedulePollingInterval = TimeSpan.FromSeconds(1),
                ShutdownTimeout = TimeSpan.FromSeconds(5),
            }, storage);
        }
        return new JobHost(runtime, options, storage, queue, server);
    }

    /// <summary>Takes in paths (files, folders, ZIPs) as one batch, registers and queues it; returns the batch.</summary>
    public async Task<RegisteredBatch> IngestAsync(IEnumerable<string> paths, string source, Action<string>? progress = null, CancellationToken ct = default)
    {
        using var session = _runtime.BeginIntake();
        foreach (var path in paths)
        {
            progress?.Invoke(path);
            await session.AddPathAsync(path, ct);
        }
        return Commit(session, source);
    }

    /// <summary>Registers what a session took in and queues its documents.</summary>
    public RegisteredBatch Commit(IntakeSession session, string source)
    {
        var batch = session.Commit(source);
        Dispatcher.Dispatch(batch.DocumentsToRun);
        return batch;
    }

    private void Sweep()
    {
        try
        {
            Dispatcher.Requeue();
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"sopingest: re-queue sweep failed: {e.Message}");
        }
    }

    private static void ConfigureFilters(DocumentWork work, JobsOptions options)
    {
        foreach (var filter in GlobalJobFilters.Filters.Where(f => f.Instance is AutomaticRetryAttribute or FailDocumentWhenRetriesRunOut).ToList())
            GlobalJobFilters.Filters.Remove(filter.Instance);
        GlobalJobFilters.Filters.Add(new AutomaticRetryAttribute
        {
            Attempts = Math.Max(0, options.Retries),
            DelaysInSeconds = options.RetryDelaysSeconds.Length > 0 ? options.RetryDelaysSeconds : [5],
            OnAttemptsExceeded = AttemptsExceededAction.Fail,
        });
        GlobalJobFilters.Filters.Add(new FailDocumentWhenRetriesRunOut(work) { Order = 100 });
    }

    public void Dispose()
    {
        _sweep?.Dispose();
        _server?.Dispose();
    }
}
