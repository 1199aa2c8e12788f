using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using SopIngest.Jobs.Hosting;
using SopIngest.Exports.SearchablePdf;
using SopIngest.Search;
using SopIngest.Search.Analysis;
using SopIngest.Search.Comparison;
using SopIngest.Storage.Review;
using SopIngest.Storage.Store;
using SopIngest.Web.Apis;
using SopIngest.Web.Identity;
using SopIngest.Web.Review;
using SopIngest.Web.Review.Overlays;
using SopIngest.Web.Searching;

namespace SopIngest.Web;

/// <summary>
/// The people-facing part of the web host (issue 9): sign-in and roles, the Razor Pages (upload, batch,
/// review, history, search, compare, admin), the review/search/export endpoints. <see cref="IngestWebHost"/>
/// calls the three steps below in order.
/// </summary>
public static class WebApp
{
    public static WebApplicationBuilder AddSopIngestWeb(this WebApplicationBuilder builder, IngestRuntime runtime, ISearchIndex search)
    {
        builder.Configuration.AddEnvironmentVariables("SOPINGEST_");
        var options = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        var review = new ReviewDatabase(runtime.Database.Options);
        review.Migrate();
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(search);
        services.AddSingleton(new SearchIndexSink(search));
        services.AddSingleton(new ProcedureComparer(search, IndonesianAnalysis.Default, new ProcedureComparerOptions()));
        services.AddSingleton(new RecordReviewStore(runtime.Database, review, TimeProvider.System));
        services.AddSingleton<StoredReviewEdits>();
        services.AddSingleton(new PageImages(runtime.Files, Path.Combine(runtime.Database.Options.Directory, "page-images")));
        services.AddSingleton(new PageLayoutQueries(runtime.Database));
        services.AddSingleton<ScanOverlaySource>();
        services.AddSingleton(new SearchablePdfExporter(new SearchablePdfOptions()));
        services.AddSingleton<SearchablePdfs>();
        services.AddSopIngestIdentity(review, Path.Combine(runtime.Database.Options.Directory, "keys"));
        services.AddScoped<BatchOwnership>();
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/", WebRoles.CanRead);
                o.Conventions.AllowAnonymousToPage("/Index");
                o.Conventions.AllowAnonymousToFolder("/Account");
                o.Conventions.AuthorizeFolder("/Admin", WebRoles.CanAdminister);
                o.Conventions.AuthorizeFolder("/Upload", WebRoles.CanUpload);
            })
            .AddApplicationPart(typeof(WebApp).Assembly);
        return builder;
    }

    /// <summary>Authentication before everything that needs a user (the pages, the API, the job dashboard).</summary>
    public static WebApplication UseSopIngestWeb(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebApp).Assembly, "SopIngest.Web.Assets"),
            RequestPath = "/assets",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        SeedAdmin(app);
        return app;
    }

    public static WebApplication MapSopIngestWeb(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapReviewApi();
        return app;
    }

    /// <summary>The configured first admin (<c>Web:Admin:Email</c>, <c>Web:Admin:Password</c>), created once.</summary>
    private static void SeedAdmin(WebApplication app)
    {
        var seed = app.Services.GetRequiredService<WebOptions>().Admin;
        using var scope = app.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        accounts.EnsureRolesAsync().GetAwaiter().GetResult();
        if (string.IsNullOrWhiteSpace(seed.Email) || string.IsNullOrEmpty(seed.Password))
            return;
        var errors = accounts.AddAsync(seed.Email, seed.Password, [WebRoles.Admin]).GetAwaiter().GetResult();
        if (errors.Count > 0)
            app.Logger.LogError("the configured admin {Email} could not be created: {Errors}", seed.Email, string.Join("; ", errors));
    }
}
