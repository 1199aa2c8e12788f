using SopIngest.Jobs.Hosting;
using SopIngest.Search;
using SopIngest.Web;
using SopIngest.Web.Searching;

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
        // The web app owns the index: records the jobs store and reviewers' saves are indexed at once.
        using var search = SearchBackends.Open(SearchBackendOptions.FromEnvironment(settings.Store.Directory), readOnly: false);
        using var jobs = IngestHosts.StartJobs(runtime, settings, composition, runJobs: !settings.Jobs.IsPostgres, [new SearchIndexSink(search)]);
        var urls = (args.Value("--urls") ?? "http://127.0.0.1:5080").Split(';', StringSplitOptions.RemoveEmptyEntries);
        var app = IngestWebHost.Build(urls, runtime, jobs, search);
        Console.Error.WriteLine($"sopingest serve: {string.Join(", ", urls)}");
        app.Run();
        return 0;
    }
}
