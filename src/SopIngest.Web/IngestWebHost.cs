using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SopIngest.Jobs.Hosting;
using SopIngest.Search;
using SopIngest.Web.Apis;
using SopIngest.Web.Identity;

namespace SopIngest.Web;

/// <summary>The web app: the ingest API and the Hangfire dashboard over the host's runtime and job host.</summary>
public static class IngestWebHost
{
    public static WebApplication Build(string[] urls, IngestRuntime runtime, JobHost jobs, ISearchIndex search)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Limits.MaxRequestBodySize = null); // per-file limits apply while streaming
        if (urls.Length > 0)
            builder.WebHost.UseUrls(urls);
        builder.Services.AddSingleton(runtime);
        builder.Services.AddSingleton(runtime.Queries);
        builder.Services.AddSingleton(jobs);
        builder.Services.AddHangfire(_ => { }); // the dashboard's services; the storage is the job host's
        builder.Services.AddProblemDetails();
        builder.AddSopIngestWeb(runtime, search); // sign-in, roles, pages
        var app = builder.Build();
        app.UseSopIngestWeb();
        app.MapIngestApi();
        // The job dashboard: admins only.
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            DisplayStorageConnectionString = false,
            Authorization = [new AdminDashboardAuthorization()],
        }, jobs.Storage);
        app.MapSopIngestWeb(); // "/" is the home page
        return app;
    }
}
