using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Jobs.Hosting;
using SopIngest.Storage.Review;
using SopIngest.Storage.Store;
using SopIngest.Web.Identity;

namespace SopIngest.Web.Pages.Batches;

/// <summary>
/// A batch, live: the page polls <c>?handler=Status</c> and redraws its table until every file is done. A user who
/// only uploads finds no batch but their own.
/// </summary>
public sealed class DetailModel(StatusQueries queries, RecordReviewStore store, JobHost jobs, BatchOwnership owners) : PageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    [TempData] public string? Message { get; set; }
    public bool CanRetry => User.IsInRole(WebRoles.Uploader) || User.IsInRole(WebRoles.Admin);

    public sealed record RecordLink(string Id, string Title);

    public sealed record Item(int Ordinal, string Name, long? Document, string State, string? Error, bool Duplicate, IReadOnlyList<RecordLink> Records);

    public sealed record Status(long Batch, int Documents, int Queued, int Running, int Succeeded, int Failed, int Records, bool Done, IReadOnlyList<Item> Items);

    public async Task<IActionResult> OnGetAsync() =>
        await owners.CanSeeAsync(User, Id) && queries.Batch(Id, withItems: false) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnGetStatusAsync()
    {
        if (!await owners.CanSeeAsync(User, Id) || queries.Batch(Id) is not { } b)
            return NotFound();
        var records = b.Items.Where(i => i.Document is not null && i.State == "succeeded").Select(i => i.Document!.Value).Distinct()
            .ToDictionary(d => d, d => (IReadOnlyList<RecordLink>)store.RecordsOf(d).Select(r => new RecordLink(r.Id, r.Title)).ToList());
        return new JsonResult(new Status(b.Batch, b.Documents, b.Queued, b.Running, b.Succeeded, b.Failed, b.Records, b.Done,
            b.Items.Select(i => new Item(i.Ordinal, i.Name, i.Document, i.State, i.Error, i.Duplicate,
                i.Document is { } d && records.TryGetValue(d, out var r) ? r : [])).ToList()));
    }

    public async Task<IActionResult> OnPostRetryAsync(long document)
    {
        if (!CanRetry)
            return Forbid();
        // Only a document of this batch, and only in a batch the user may see.
        if (!await owners.CanSeeAsync(User, Id) || queries.Batch(Id) is not { } b || b.Items.All(i => i.Document != document))
            return NotFound();
        if (store.Retry(document))
        {
            jobs.Dispatcher.Dispatch([document]);
            Message = $"Document {document} is queued again.";
        }
        else
        {
            Message = $"Document {document} has not failed; nothing to retry.";
        }
        return RedirectToPage(new { Id });
    }
}
