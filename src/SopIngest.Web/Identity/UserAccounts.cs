using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SopIngest.Storage.Database;
using SopIngest.Storage.Review;

namespace SopIngest.Web.Identity;

/// <summary>A user as the admin page lists it.</summary>
public sealed record UserSummary(string Id, string Email, IReadOnlyList<string> Roles, bool LockedOut);

/// <summary>Creating users and giving them roles: the admin page, the configured first admin and <c>sopingest user add</c>.</summary>
public sealed class UserAccounts(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in WebRoles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)));
    }

    /// <summary>Creates the user (or, when it exists, resets nothing and only adds the roles). Errors are Identity's messages.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(string email, string password, IReadOnlyList<string> roleNames)
    {
        var unknown = roleNames.Where(r => !WebRoles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
            return [$"unknown role(s): {string.Join(", ", unknown)} (uploader, reviewer, admin)"];
        await EnsureRolesAsync();
        var user = await users.FindByNameAsync(email);
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                return created.Errors.Select(e => e.Description).ToList();
        }
        var missing = new List<string>();
        foreach (var role in roleNames.Distinct())
            if (!await users.IsInRoleAsync(user, role))
                missing.Add(role);
        if (missing.Count > 0)
        {
            var added = await users.AddToRolesAsync(user, missing);
            if (!added.Succeeded)
                return added.Errors.Select(e => e.Description).ToList();
        }
        return [];
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        var list = new List<UserSummary>();
        foreach (var u in users.Users.OrderBy(u => u.UserName).ToList())
            list.Add(new UserSummary(u.Id, u.UserName ?? "", (await users.GetRolesAsync(u)).Order().ToList(), await users.IsLockedOutAsync(u)));
        return list;
    }

    /// <summary>Replaces a user's roles. False when the user is unknown or a role is not one of the app's.</summary>
    public async Task<bool> SetRolesAsync(string userId, IReadOnlyList<string> roleNames)
    {
        if (roleNames.Any(r => !WebRoles.All.Contains(r)) || await users.FindByIdAsync(userId) is not { } user)
            return false;
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(roleNames)));
        Check(await users.AddToRolesAsync(user, roleNames.Except(current)));
        return true;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>
    /// For hosts without the web app's container (the CLI's <c>user add</c>): Identity over the store's
    /// database, migrated, for one call.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AddOfflineAsync(SopIngest.Storage.Database.StoreOptions store, string email, string password, IReadOnlyList<string> roleNames)
    {
        var review = new ReviewDatabase(store);
        review.Migrate();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(review);
        services.AddScoped(_ => review.Open());
        services.AddIdentityCore<IdentityUser>(IdentitySetup.Password).AddRoles<IdentityRole>().AddEntityFrameworkStores<ReviewStoreContext>();
        services.AddScoped<UserAccounts>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(email, password, roleNames);
    }
}
