using System.Text.Json;
using SopIngest.Jobs.Hosting;
using SopIngest.Jobs.Pipeline;
using SopIngest.Storage.Records;
using SopIngest.Storage.Store;
using Spectre.Console;

namespace SopIngest.Cli.Commands;

/// <summary>
/// <c>ingest PATH... [--wait] [--store DIR]</c>: files, folders and ZIPs as one batch through the
/// background pipeline. Prints the batch id; with <c>--wait</c> it works the queue in this process
/// (embedded mode) until the batch is done, with a progress bar on stderr, and prints the summary JSON.
/// </summary>
internal static class IngestCommand
{
    public static int Run(CliArgs args, Func<Composition> compose)
    {
        if (args.Positional.Count == 0)
            return Usage.Fail("ingest needs PATH... (files, folders or ZIPs)");
        var settings = IngestSettings.FromEnvironment(args.Value("--store"));
        var wait = args.Has("--wait");
        var runtime = IngestRuntime.Open(settings.Store, settings.Intake);
        // Embedded mode: with --wait this process is the worker. With the shared PostgreSQL queue, workers do the work.
        var runJobs = wait && !settings.Jobs.IsPostgres;
        // Only a process that works the queue loads the readers and the corrector's model (seconds of start-up).
        using var host = runJobs
            ? IngestHosts.StartJobs(runtime, settings, compose(), runJobs: true)
            : IngestHosts.StartQueue(runtime, settings);
        var console = StderrConsole.Create();

        RegisteredBatch batch;
        try
        {
            batch = host.IngestAsync(args.Positional, "cli", p => console.MarkupLineInterpolated($"[grey]taking in {p}[/]")).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            console.MarkupLineInterpolated($"[red]intake failed, nothing registered[/]: {e.Message}");
            return 1;
        }
        console.MarkupLineInterpolated($"batch {batch.BatchId}: {batch.Items} file(s), {batch.Duplicates} already known, {batch.DocumentsToRun.Count} to read");
        if (!wait)
        {
            Console.Out.WriteLine(batch.BatchId);
            return 0;
        }

        var summary = WaitForBatch(runtime.Queries, batch.BatchId, console);
        Console.Out.WriteLine(JsonSerializer.Serialize(new { batch = summary.Batch, documents = summary.Documents, succeeded = summary.Succeeded, failed = summary.Failed, records = summary.Records }));
        return summary.Failed == 0 ? 0 : 1;
    }

    private static BatchSummary WaitForBatch(StatusQueries queries, long batchId, IAnsiConsole console)
    {
        var summary = queries.Summary(batchId)!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"batch {batchId}", maxValue: Math.Max(1, summary.Documents));
                while (true)
                {
                    summary = queries.Summary(batchId)!;
                    task.Value = summary.Succeeded + summary.Failed;
                    task.Description = $"batch {batchId}: {summary.Succeeded} ok, {summary.Failed} failed, {summary.Records} records";
                    if (summary.Done)
                        break;
                    Thread.Sleep(300);
                }
                task.Value = task.MaxValue;
            });
        return summary;
    }
}

/// <summary>The composition shared by the verbs that run jobs (ingest, worker, serve).</summary>
internal static class IngestHosts
{
    /// <summary>Where stored records are announced. The search index plugs its <see cref="IRecordSink"/> in here.</summary>
    public static IReadOnlyList<IRecordSink> Sinks() => [];

    /// <summary>A host that only queues work (intake without <c>--wait</c>, or with a shared queue whose workers do it).</summary>
    public static JobHost StartQueue(IngestRuntime runtime, IngestSettings settings) =>
        JobHost.Start(runtime, settings.Jobs, null, [], runJobs: false, settings.Store.ConnectionString);

    public static JobHost StartJobs(IngestRuntime runtime, IngestSettings settings, Composition composition, bool runJobs,
        IReadOnlyList<IRecordSink>? sinks = null) =>
        JobHost.Start(runtime, settings.Jobs, new PipelineExtractor(composition.Pipeline), sinks ?? Sinks(), runJobs, settings.Store.ConnectionString);
}
