using SopIngest.Jobs.Hosting;
using SopIngest.Web;

namespace SopIngest.Cli.Commands;

/// <summary>
/// <c>serve [--urls URL] [--store DIR]</c>: the web app (upload, batch status, records, job dashboard).
/// In embedded mode it also works the job queue; with the shared PostgreSQL queue, <c>worker</c> processes do.
/// </summary>
internal static class ServeCommand
{
    public static int Run(CliArgs args, Composition composition)
    {
        var settings = IngestSettings.FromEnvironment(args.Value("--store"));
        var runtime = IngestRuntime.Open(settings.Store, settings.Intake);
        using var jobs = IngestHosts.StartJobs(runtime, settings, composition, runJobs: !settings.Jobs.IsPostgres);
        var urls = (args.Value("--urls") ?? "http://127.0.0.1:5080").Split(';', StringSplitOptions.RemoveEmptyEntries);
        var app = IngestWebHost.Build(urls, runtime, jobs);
        Console.Error.WriteLine($"sopingest serve: {string.Join(", ", urls)}");
        app.Run();
        return 0;
    }
}
