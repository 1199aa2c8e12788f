using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SopIngest.Storage.Review;

namespace SopIngest.Web.Identity;

/// <summary>
/// Sign-in for the web app: ASP.NET Core Identity on the store's database (cookie for pages, HTTP Basic
/// for API clients), the role policies, and data-protection keys kept in the store so cookies and
/// anti-forgery tokens survive a restart.
/// </summary>
public static class IdentitySetup
{
    private const string CookieOrBasic = "cookie-or-basic";

    internal static void Password(IdentityOptions o)
    {
        o.Password.RequiredLength = 8;
        o.User.RequireUniqueEmail = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
    }

    public static IServiceCollection AddSopIngestIdentity(this IServiceCollection services, ReviewDatabase review, string keysDirectory)
    {
        services.AddSingleton(review);
        services.AddScoped(_ => review.Open());
        services.AddDataProtection().SetApplicationName("SopIngest").PersistKeysToFileSystem(new DirectoryInfo(keysDirectory));
        services.AddIdentity<IdentityUser, IdentityRole>(Password)
            .AddEntityFrameworkStores<ReviewStoreContext>()
            .AddDefaultTokenProviders();
        services.AddScoped<UserAccounts>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "sopingest";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // API callers get status codes, not the sign-in page.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBasic;
                o.DefaultAuthenticateScheme = CookieOrBasic;
                o.DefaultChallengeScheme = CookieOrBasic;
                o.DefaultForbidScheme = CookieOrBasic;
            })
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.Scheme, _ => { })
            .AddPolicyScheme(CookieOrBasic, "cookie or Basic", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)
                    ? BasicAuthenticationHandler.Scheme
                    : IdentityConstants.ApplicationScheme);
        services.AddAuthorizationBuilder()
            .AddPolicy(WebRoles.CanRead, p => p.RequireAuthenticatedUser())
            .AddPolicy(WebRoles.CanUpload, p => p.RequireRole(WebRoles.Uploader, WebRoles.Admin))
            .AddPolicy(WebRoles.CanReview, p => p.RequireRole(WebRoles.Reviewer, WebRoles.Admin))
            .AddPolicy(WebRoles.CanAdminister, p => p.RequireRole(WebRoles.Admin));
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        return services;
    }

    private static Task ApiOr(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/hangfire"))
            ctx.Response.StatusCode = status;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Anti-forgery for endpoints that browsers call with the cookie (the upload page's XHR sends the
    /// token in <c>X-CSRF-TOKEN</c>); callers with Basic credentials send no ambient credential and skip it.
    /// </summary>
    public static async ValueTask<object?> RequireAntiforgeryForCookies(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        var http = ctx.HttpContext;
        var basic = http.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase);
        if (!basic)
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
                return TypedResults.Problem("missing or invalid anti-forgery token", statusCode: StatusCodes.Status400BadRequest);
        }
        return await next(ctx);
    }
}
