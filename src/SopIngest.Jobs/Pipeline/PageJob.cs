using SopIngest.Extraction.Reading;
using SopIngest.Jobs.Queueing;
using SopIngest.Storage.Files;
using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Pipeline;

/// <summary>
/// Reads one page of a document (its layout: text layer or OCR) and stores it before anything else happens,
/// keyed by (document, page, stage version): a retry or a restart finds it stored and does not read the page
/// again. Only this page is loaded. The job that finds every page of the document stored queues the assembly.
/// </summary>
public sealed class PageJob(
    DocumentWork work,
    IFileStore files,
    IDocumentExtractor extractor,
    PageLayouts layouts,
    IJobQueue queue,
    string worker)
{
    public Task RunAsync(long documentId, int page, int pageCount, CancellationToken ct = default)
    {
        // 1. A finished document (failed meanwhile, or a late duplicate job) needs no more pages.
        var doc = work.Find(documentId);
        if (doc is null)
            return Task.CompletedTask;

        // 2. Read the page unless its layout (or why it cannot be read) is stored for this version.
        if (!layouts.Done(documentId).Contains(page))
            Read(doc, page);

        // 3. Every page stored: the continuation assembles the records. Two last pages finishing together may
        //    both queue it; the second finds the records stored (or the document finished) and does nothing.
        if (layouts.Done(documentId).Count >= pageCount)
            queue.EnqueueAssembly(documentId, pageCount);
        return Task.CompletedTask;
    }

    private void Read(WorkItem doc, int page)
    {
        var run = layouts.BeginRead(doc.Id, page, worker);
        try
        {
            using var pages = extractor.OpenPages(StoredInput.PathOf(files, doc))
                ?? throw new InvalidOperationException($"document {doc.Id} is no longer read page by page");
            layouts.Save(run, doc.Id, pages.ReadPage(page));
        }
        catch (UnreadableDocumentException e)
        {
            // This page cannot be read (a corrupt image, too many pixels): stored as such, the other pages go on.
            layouts.SaveUnreadable(run, doc.Id, page, e.Message);
        }
        catch (Exception e)
        {
            // A transient fault (the engine, the disk): logged with the run; Hangfire retries the page.
            work.EndRun(run, $"{e.GetType().Name}: {e.Message}");
            throw;
        }
    }
}
