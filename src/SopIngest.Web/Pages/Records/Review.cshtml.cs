using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Exports;
using SopIngest.Storage.Review;
using SopIngest.Web.Identity;
using SopIngest.Web.Review;
using SopIngest.Web.Review.Overlays;
using SopIngest.Web.Searching;

namespace SopIngest.Web.Pages.Records;

/// <summary>
/// The review page: the scan and the swimlane redrawn from the record on the left, the editable record on
/// the right with its doubts first. Saving writes a revision, re-indexes the record at once and keeps
/// the changed text as reviewer corrections (the corrector's training reads them).
/// </summary>
public sealed class ReviewModel(RecordReviewStore store, SearchIndexSink index, WebOptions options, ScanOverlaySource overlays) : PageModel
{
    /// <summary>Web defaults (camelCase) with the default encoder, which escapes &lt; and &amp;: the JSON sits in a script element.</summary>
    private static readonly JsonSerializerOptions OverlayJsonOptions = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty] public RecordForm Form { get; set; } = new();
    [TempData] public string? Message { get; set; }
    public List<string> Errors { get; } = [];
    public ReviewedRecord Record { get; private set; } = null!;
    public IReadOnlyList<Doubt> Doubts { get; private set; } = [];
    public string Swimlane { get; private set; } = "";
    public int PageCount { get; private set; }
    /// <summary>Cells, shapes and words over the scan, and the regions each field came from (empty without stored layouts).</summary>
    public ScanOverlays Overlays { get; private set; } = ScanOverlays.None;
    public string OverlayJson => JsonSerializer.Serialize(new { pages = Overlays.Pages, links = Overlays.Links }, OverlayJsonOptions);
    /// <summary>The step to scroll to (search results open the record at the matching step).</summary>
    [BindProperty(SupportsGet = true)] public int? Step { get; set; }

    public bool CanReview => User.IsInRole(WebRoles.Reviewer) || User.IsInRole(WebRoles.Admin);

    public IActionResult OnGet()
    {
        if (!Load())
            return NotFound();
        Form = RecordForm.From(Record.Record, Record.Revision);
        return Page();
    }

    public IActionResult OnPostSave()
    {
        if (!CanReview)
            return Forbid();
        if (store.Load(Id) is not { } current)
            return NotFound();
        var edited = Form.ToRecord(current.Record, Errors);
        if (Errors.Count > 0)
        {
            Load();
            return Page();
        }
        var by = User.Identity!.Name!;
        switch (store.Save(Id, edited, Form.Revision, by))
        {
            case SaveOutcome.Saved saved:
                index.Index(current.File, [store.Load(Id)!.Record]);
                Message = $"Saved revision {saved.Revision}: {saved.Changes.Count} field(s) changed.";
                break;
            case SaveOutcome.Unchanged:
                Message = "Nothing changed.";
                break;
            case SaveOutcome.Conflict conflict:
                Errors.Add($"Someone saved revision {conflict.Current} while you were editing; your changes are still in the form. Reload to see theirs, or save again to overwrite.");
                Load();
                Form.Revision = conflict.Current;
                return Page();
            default:
                return NotFound();
        }
        return RedirectToPage(new { Id });
    }

    public IActionResult OnPostApprove()
    {
        if (!CanReview)
            return Forbid();
        Message = store.Approve(Id, User.Identity!.Name!) ? "Approved." : "Already approved.";
        return RedirectToPage(new { Id });
    }

    public IActionResult OnPostReopen()
    {
        if (!CanReview)
            return Forbid();
        Message = store.Reopen(Id, User.Identity!.Name!) ? "Reopened for review." : "It was not approved.";
        return RedirectToPage(new { Id });
    }

    private bool Load()
    {
        if (store.Load(Id) is not { } r)
            return false;
        Record = r;
        Doubts = Review.Doubts.Of(r.Record, options.DoubtfulConfidence);
        Swimlane = new SvgSwimlaneExporter().Export(r.Record);
        PageCount = PageImages.HasImages(r.Kind) ? Math.Max(0, r.Record.Pages.Last - r.Record.Pages.First + 1) : 0;
        Overlays = PageCount > 0 ? overlays.For(r.DocumentId, r.Record) : ScanOverlays.None;
        return true;
    }
}
