using SopIngest.Core.Json;
using SopIngest.Core.Layout;
using SopIngest.Extraction.Pipeline;
using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Pipeline;

/// <summary>
/// The stored page layouts of documents read page by page, keyed by (document, page, stage version). A page's
/// layout is a row of stage <c>layout</c> holding <c>SopJson.Serialize(LayoutPage)</c> (the review page draws its
/// scan overlay from it); a page that cannot be read is a row of stage <c>layout-error</c> with the reason, so it
/// is not read again either.
/// </summary>
public sealed class PageLayouts(DocumentWork work, int version)
{
    public const string Layout = "layout";
    public const string Unreadable = "layout-error";

    private static readonly string[] Stages = [Layout, Unreadable];

    public int Version => version;

    public IReadOnlySet<int> Done(long documentId) => work.PagesDone(documentId, Stages, version);

    public long BeginRead(long documentId, int page, string worker) => work.BeginRun(documentId, page, Layout, version, worker);

    public void Save(long run, long documentId, LayoutPage layout) =>
        work.SaveStageOutput(run, documentId, layout.Number, Layout, version, SopJson.Serialize(layout, indented: false));

    public void SaveUnreadable(long run, long documentId, int page, string error) =>
        work.SaveStageOutput(run, documentId, page, Unreadable, version, SopJson.Serialize(new UnreadablePage(error), indented: false));

    /// <summary>The document's stored pages, in order.</summary>
    public IReadOnlyList<PageReading> Load(long documentId) =>
        work.StageOutputs(documentId, Stages, version)
            .Select(o => o.Stage == Layout
                ? PageReading.Read(SopJson.Deserialize<LayoutPage>(o.Json) with { Number = o.Page })
                : PageReading.Unreadable(o.Page, SopJson.Deserialize<UnreadablePage>(o.Json).Error))
            .ToList();

    private sealed record UnreadablePage(string Error);
}
