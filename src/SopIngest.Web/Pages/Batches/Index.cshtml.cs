using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Storage.Review;

namespace SopIngest.Web.Pages.Batches;

public sealed class IndexModel(RecordReviewStore store) : PageModel
{
    public IReadOnlyList<(long Id, string Source, DateTime CreatedAt, int Items)> Batches { get; private set; } = [];

    public void OnGet() => Batches = store.RecentBatches(100);
}
