using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Storage.Review;
using SopIngest.Storage.Store;
using SopIngest.Web.Identity;

namespace SopIngest.Web.Pages.Batches;

/// <summary>Recent batches: all of them for reviewers and admins, their own for users who only upload.</summary>
public sealed class IndexModel(RecordReviewStore store, StatusQueries queries, BatchOwnership owners) : PageModel
{
    private const int Shown = 100;

    public IReadOnlyList<(long Id, string Source, DateTime CreatedAt, int Items)> Batches { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var visible = await owners.VisibleAsync(User);
        Batches = visible is null
            ? store.RecentBatches(Shown)
            : visible.Take(Shown).Select(id => queries.Batch(id, withItems: false)).OfType<BatchStatus>()
                .Select(b => (b.Batch, b.Source, b.CreatedAt, b.Documents)).ToList();
    }
}
