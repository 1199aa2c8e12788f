using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Storage.Review;
using SopIngest.Web.Identity;
using SopIngest.Web.Searching;

namespace SopIngest.Web.Pages.Records;

/// <summary>A record's revisions, newest first, each with its field changes; a reviewer can roll back to one.</summary>
public sealed class HistoryModel(RecordReviewStore store, SearchIndexSink index) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [TempData] public string? Message { get; set; }
    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];
    public string Title { get; private set; } = "";
    public int Current { get; private set; }
    public bool CanReview => User.IsInRole(WebRoles.Reviewer) || User.IsInRole(WebRoles.Admin);

    public IActionResult OnGet()
    {
        if (store.Load(Id) is not { } r)
            return NotFound();
        Title = r.Record.Title;
        Current = r.Revision;
        Revisions = store.History(Id);
        return Page();
    }

    public IActionResult OnPostRollback(int revision)
    {
        if (!CanReview)
            return Forbid();
        var outcome = store.Rollback(Id, revision, User.Identity!.Name!);
        if (outcome is SaveOutcome.Saved saved && store.Load(Id) is { } r)
        {
            index.Index(r.File, [r.Record]);
            Message = $"Rolled back to revision {revision} as revision {saved.Revision}.";
        }
        else
        {
            Message = outcome is SaveOutcome.Unchanged ? "That revision is what is stored now." : "Unknown revision.";
        }
        return RedirectToPage(new { Id });
    }
}
