using SopIngest.Jobs.Hosting;
using SopIngest.Jobs.Intake;

namespace SopIngest.Cli.Commands;

/// <summary>
/// <c>worker [--store DIR]</c>: works the job queue until stopped (Ctrl-C, SIGTERM). At start-up it
/// re-queues unfinished documents that no queue holds, so work lost with a crashed process is done again.
/// </summary>
internal static class WorkerCommand
{
    public static int Run(CliArgs args, Composition composition)
    {
        var settings = IngestSettings.FromEnvironment(args.Value("--store"));
        var runtime = IngestRuntime.Open(settings.Store, settings.Intake);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        using var host = IngestHosts.StartJobs(runtime, settings, composition, runJobs: true);
        Console.Error.WriteLine($"sopingest worker {Environment.ProcessId}: jobs in {(settings.Jobs.IsPostgres ? "PostgreSQL" : "memory")}, store {(settings.Store.IsPostgres ? "PostgreSQL" : settings.Store.Directory)}, {settings.Jobs.Workers} at once");
        using var inbox = settings.Intake.Inbox is { Length: > 0 } dir ? new InboxWatcher(dir, host, settings.Jobs.SweepSeconds) : null;
        stop.Token.WaitHandle.WaitOne();
        Console.Error.WriteLine("sopingest worker: stopping");
        return 0;
    }
}
