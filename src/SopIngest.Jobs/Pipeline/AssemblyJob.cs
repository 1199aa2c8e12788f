using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Jobs.Queueing;
using SopIngest.Storage.Files;
using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Pipeline;

/// <summary>
/// The continuation of a document read page by page: its stored pages go through the one record builder and the
/// record stages (correction); the result is stored (stage <c>records</c>, page 0) before the records are written
/// and indexed, so a retry after a sink fault neither reads nor corrects again.
/// </summary>
public sealed class AssemblyJob(
    DocumentWork work,
    IFileStore files,
    IDocumentExtractor extractor,
    PageLayouts layouts,
    RecordsCompletion completion,
    IJobQueue queue,
    string worker)
{
    public const string Stage = "records";

    public async Task RunAsync(long documentId, int pageCount, CancellationToken ct = default)
    {
        // 1. Claim the document; a finished one (a duplicate continuation) needs nothing more.
        var doc = work.Start(documentId);
        if (doc is null)
            return;

        // 2. The assembled result, stored or made now from every stored page.
        var result = ReadStored(documentId) ?? Assemble(doc, pageCount);
        if (result is null)
            return;

        // 3. Records stored, sinks told, document finished.
        await completion.CompleteAsync(doc, result, ct);
    }

    private ExtractResult? ReadStored(long documentId)
    {
        var json = work.StageOutput(documentId, DocumentJob.WholeDocument, Stage, layouts.Version);
        return json is null ? null : SopJson.Deserialize<ExtractResult>(json);
    }

    /// <summary>Null when pages are missing (their jobs were lost): they are queued again, and the last one queues this again.</summary>
    private ExtractResult? Assemble(WorkItem doc, int pageCount)
    {
        var pages = layouts.Load(doc.Id);
        var missing = Enumerable.Range(1, pageCount).Except(pages.Select(p => p.Number)).ToList();
        foreach (var page in missing)
            queue.EnqueuePage(doc.Id, page, pageCount);
        if (missing.Count > 0)
            return null;
        var run = work.BeginRun(doc.Id, DocumentJob.WholeDocument, Stage, layouts.Version, worker);
        ExtractResult result;
        try
        {
            result = extractor.Assemble(StoredInput.PathOf(files, doc), pages) with { File = doc.FileName };
        }
        catch (Exception e)
        {
            work.EndRun(run, $"{e.GetType().Name}: {e.Message}");
            throw;
        }
        work.SaveStageOutput(run, doc.Id, DocumentJob.WholeDocument, Stage, layouts.Version, SopJson.Serialize(result, indented: false));
        return result;
    }
}
