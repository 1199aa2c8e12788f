using SopIngest.Core.Layout;
using SopIngest.Core.Records;

namespace SopIngest.Extraction.Records;

/// <summary>What the record builder found in a document.</summary>
public sealed record RecordBuildResult(IReadOnlyList<SopRecord> Records, IReadOnlyList<OtherPage> OtherPages);

/// <summary>
/// Layout → SopRecords, the one builder every reader feeds. It walks the blocks in reading order:
/// an identity block starts an SOP, a procedure table fills its steps (a repeated header with
/// continuing step numbers continues them), and pages no SOP touched are returned as other pages.
/// </summary>
public sealed class RecordBuilder(RecordBuilderOptions options)
{
    public RecordBuilder() : this(new RecordBuilderOptions()) { }

    public RecordBuildResult Build(LayoutDocument document)
    {
        var walk = new DocumentWalk(options);
        foreach (var page in document.Pages)
            foreach (var block in page.Blocks)
                walk.Visit(page.Number, block);
        var records = walk.Finish();
        var otherPages = document.Pages
            .Select(p => new OtherPage(p.Number, walk.SopPages.Contains(p.Number) ? UnclaimedText(walk, p.Number) : PageText.Of(p)))
            .Where(p => p.Text.Length > 0)
            .ToList();
        return new RecordBuildResult(records, otherPages);
    }

    /// <summary>
    /// Exports keep no page marks, so a regulation's body can share a recovered page with the first
    /// SOP; such text is still reported when there is enough of it to be more than a stray note.
    /// </summary>
    private string UnclaimedText(DocumentWalk walk, int page)
    {
        var text = string.Join("\n", walk.Unclaimed.Where(u => u.Page == page).Select(u => u.Text));
        return text.Length >= options.MinUnclaimedTextPerPage ? text : "";
    }
}
