using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Extraction.Reading;
using SopIngest.Jobs.Queueing;
using SopIngest.Storage.Files;
using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Pipeline;

/// <summary>
/// The background job for one document. It takes the document id only and is re-entrant. A document whose
/// reader reads page by page is split: one <see cref="PageJob"/> per page whose layout is not stored yet (they
/// run in parallel), and the last of them queues the <see cref="AssemblyJob"/>. Other documents (text exports)
/// are read whole here, their output stored before the records are, so a retry does not read them again.
/// </summary>
public sealed class DocumentJob(
    DocumentWork work,
    IFileStore files,
    IDocumentExtractor extractor,
    PageLayouts layouts,
    RecordsCompletion completion,
    IJobQueue queue,
    string worker)
{
    public const int WholeDocument = 0;

    public async Task RunAsync(long documentId, CancellationToken ct = default)
    {
        // 1. Claim the document; a finished one (a duplicate job, a late retry) needs nothing more.
        var doc = work.Start(documentId);
        if (doc is null)
            return;
        var path = StoredInput.PathOf(files, doc);

        // 2. Read page by page when the reader can: queue the pages not stored yet, or the assembly when none is left.
        int? pageCount;
        try
        {
            using var pages = extractor.OpenPages(path);
            pageCount = pages?.PageCount;
        }
        catch (UnreadableDocumentException e)
        {
            work.Fail(documentId, e.Message, e.PageCount); // damaged, encrypted, too many pages: no retry helps
            return;
        }
        if (pageCount is { } count)
        {
            Split(documentId, count);
            return;
        }

        // 3. Read whole: reader → records → record stages, unless a stored output exists for this version; then finish.
        var result = ReadStored(documentId) ?? Extract(doc, path);
        await completion.CompleteAsync(doc, result, ct);
    }

    private void Split(long documentId, int pageCount)
    {
        if (pageCount == 0)
        {
            work.Fail(documentId, "the file has no pages", 0);
            return;
        }
        work.Counted(documentId, pageCount);
        var done = layouts.Done(documentId);
        var missing = Enumerable.Range(1, pageCount).Where(p => !done.Contains(p)).ToList();
        if (missing.Count == 0)
            queue.EnqueueAssembly(documentId, pageCount);
        foreach (var page in missing)
            queue.EnqueuePage(documentId, page, pageCount);
    }

    private ExtractResult? ReadStored(long documentId)
    {
        var json = work.StageOutput(documentId, WholeDocument, extractor.Stage, extractor.Version);
        return json is null ? null : SopJson.Deserialize<ExtractResult>(json);
    }

    private ExtractResult Extract(WorkItem doc, string path)
    {
        var run = work.BeginRun(doc.Id, WholeDocument, extractor.Stage, extractor.Version, worker);
        ExtractResult result;
        try
        {
            result = extractor.Extract(path) with { File = doc.FileName };
        }
        catch (Exception e)
        {
            work.EndRun(run, $"{e.GetType().Name}: {e.Message}");
            throw;
        }
        work.SaveStageOutput(run, doc.Id, WholeDocument, extractor.Stage, extractor.Version, SopJson.Serialize(result, indented: false));
        return result;
    }
}
