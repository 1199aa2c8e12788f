using SopIngest.Core.Records;
using SopIngest.Search;
using SopIngest.Search.Records;
using SopIngest.Storage.Records;

namespace SopIngest.Web.Searching;

/// <summary>
/// Keeps the search index in step with the store: records a job stored, and a reviewer's saved version,
/// are upserted under their store id (idempotent, so a retried job indexes nothing twice).
/// </summary>
public sealed class SearchIndexSink(ISearchIndex index) : IRecordSink
{
    public Task RecordsStoredAsync(RecordsStored stored, CancellationToken ct)
    {
        Index(stored.File, stored.Records);
        return Task.CompletedTask;
    }

    public void Index(string file, IReadOnlyList<SopRecord> records)
    {
        var items = records.Where(r => r.Id is not null).Select(r => new IndexedRecord(r.Id!, file, r)).ToList();
        if (items.Count == 0)
            return;
        lock (index)
        {
            index.Upsert(items);
            index.Flush();
        }
    }
}
