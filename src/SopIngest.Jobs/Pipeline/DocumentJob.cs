using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Storage.Files;
using SopIngest.Storage.Records;
using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Pipeline;

/// <summary>
/// The background job for one document. It takes the document id only and is re-entrant: each stage's
/// output is stored before the next stage starts, so a retry (or a restart after a crash) picks up at
/// the first stage without a stored output.
/// </summary>
public sealed class DocumentJob(
    DocumentWork work,
    RecordWriter records,
    IFileStore files,
    IDocumentExtractor extractor,
    IReadOnlyList<IRecordSink> sinks,
    string worker)
{
    public const int WholeDocument = 0;

    public async Task RunAsync(long documentId, CancellationToken ct = default)
    {
        // 1. Claim the document; a finished one (a duplicate job, a late retry) needs nothing more.
        var doc = work.Start(documentId);
        if (doc is null)
            return;

        // 2. Read it: reader → records → record stages, unless a stored output exists for this version.
        var result = ReadStored(documentId) ?? Extract(doc);

        // 3. A document without records is a failure with its reason; the batch goes on.
        if (result.Records.Count == 0)
        {
            work.Fail(documentId, result.Error ?? "no SOP found in the file", result.PageCount);
            return;
        }

        // 4. Store the records (keyed by document and position: a retry creates no duplicate), then tell the sinks.
        var stored = records.Store(documentId, result.Records, $"pipeline/{extractor.Stage}@{extractor.Version}");
        var evt = new RecordsStored(documentId, doc.FileName, doc.Sha256, stored);
        foreach (var sink in sinks)
            await sink.RecordsStoredAsync(evt, ct);

        // 5. Done.
        work.Succeed(documentId, result.PageCount);
    }

    private ExtractResult? ReadStored(long documentId)
    {
        var json = work.StageOutput(documentId, WholeDocument, extractor.Stage, extractor.Version);
        return json is null ? null : SopJson.Deserialize<ExtractResult>(json);
    }

    private ExtractResult Extract(WorkItem doc)
    {
        var path = files.Find(doc.Sha256, Extension(doc))
            ?? throw new FileNotFoundException($"the stored file of document {doc.Id} ({doc.Sha256}) is missing from the file store");
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

    private static string Extension(WorkItem doc) => doc.Kind switch
    {
        "pdf" => "pdf",
        "png" => "png",
        "jpeg" => "jpg",
        "tiff" => "tif",
        _ => doc.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "md" : "txt",
    };
}
