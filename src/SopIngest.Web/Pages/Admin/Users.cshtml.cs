using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Web.Identity;

namespace SopIngest.Web.Pages.Admin;

public sealed class UsersModel(UserAccounts accounts) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync() => Users = await accounts.ListAsync();

    public async Task<IActionResult> OnPostAddAsync(string email, string password, string[] roles)
    {
        Errors = await accounts.AddAsync(email.Trim(), password, roles);
        if (Errors.Count > 0)
        {
            Users = await accounts.ListAsync();
            return Page();
        }
        Message = $"Added {email}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRolesAsync(string userId, string[] roles)
    {
        Message = await accounts.SetRolesAsync(userId, roles) ? "Roles saved." : "Unknown user or role.";
        return RedirectToPage();
    }
}
