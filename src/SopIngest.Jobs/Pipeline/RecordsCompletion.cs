using SopIngest.Core.Records;
using SopIngest.Storage.Records;
using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Pipeline;

/// <summary>
/// The last steps of every document, read whole or page by page: its records stored (keyed by document and
/// position, so a retry creates no duplicate), the sinks told (search index), the document finished.
/// </summary>
public sealed class RecordsCompletion(DocumentWork work, RecordWriter records, IReadOnlyList<IRecordSink> sinks, string storedBy)
{
    public async Task CompleteAsync(WorkItem doc, ExtractResult result, CancellationToken ct)
    {
        // A document without records is a failure with its reason; the batch goes on.
        if (result.Records.Count == 0)
        {
            work.Fail(doc.Id, result.Error ?? "no SOP found in the file", result.PageCount);
            return;
        }
        var stored = records.Store(doc.Id, result.Records, storedBy);
        var evt = new RecordsStored(doc.Id, doc.FileName, doc.Sha256, stored);
        foreach (var sink in sinks)
            await sink.RecordsStoredAsync(evt, ct);
        work.Succeed(doc.Id, result.PageCount);
    }
}
