using Hangfire.Dashboard;

namespace SopIngest.Web.Identity;

/// <summary>The Hangfire dashboard is for admins (signed in with the cookie or Basic credentials).</summary>
internal sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(WebRoles.Admin);
}
