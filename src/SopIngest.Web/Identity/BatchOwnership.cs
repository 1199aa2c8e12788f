using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace SopIngest.Web.Identity;

/// <summary>
/// Who may see a batch: reviewers and admins see every batch; a user who can only upload sees the batches
/// they uploaded. Ownership is kept as claims on the uploader's account (one per batch, in Identity's user
/// claims table), so the ingest store's schema does not change; it is read from the database on each check,
/// not from the sign-in cookie, so a batch uploaded a moment ago is visible at once.
/// </summary>
public sealed class BatchOwnership(UserManager<IdentityUser> users)
{
    public const string ClaimType = "sopingest:uploaded-batch";

    public static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(WebRoles.Reviewer) || user.IsInRole(WebRoles.Admin);

    /// <summary>Marks the signed-in user as the uploader of the batch.</summary>
    public async Task RecordAsync(ClaimsPrincipal user, long batchId)
    {
        if (await users.GetUserAsync(user) is { } account)
            await users.AddClaimAsync(account, new Claim(ClaimType, batchId.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The batches the user may see, newest first; null when they see all of them.</summary>
    public async Task<IReadOnlyList<long>?> VisibleAsync(ClaimsPrincipal user)
    {
        if (SeesAll(user))
            return null;
        if (await users.GetUserAsync(user) is not { } account)
            return [];
        return (await users.GetClaimsAsync(account))
            .Where(c => c.Type == ClaimType)
            .Select(c => long.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().OrderDescending().ToList();
    }

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, long batchId) =>
        await VisibleAsync(user) is not { } visible || visible.Contains(batchId);
}
