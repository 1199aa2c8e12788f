using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SopIngest.Jobs.Hosting;
using SopIngest.Web.Apis;

namespace SopIngest.Web;

/// <summary>The web app: the ingest API and the Hangfire dashboard over the host's runtime and job host.</summary>
public static class IngestWebHost
{
    public static WebApplication Build(string[] urls, IngestRuntime runtime, JobHost jobs)
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
        var app = builder.Build();
        app.MapIngestApi();
        // The job dashboard; local requests only until the web issue adds the admin role.
        app.UseHangfireDashboard("/hangfire", new DashboardOptions { DisplayStorageConnectionString = false }, jobs.Storage);
        app.MapGet("/", () => "SopIngest: POST /api/uploads, GET /api/batches/{id}, GET /api/documents/{id}, GET /api/records/{id}, /hangfire");
        return app;
    }
}
