using SopIngest.Core.Records;

namespace SopIngest.Storage.Records;

/// <summary>What a document's stored records look like to whoever listens (search indexing, notifications).</summary>
public sealed record RecordsStored(long DocumentId, string File, string Sha256, IReadOnlyList<SopRecord> Records);

/// <summary>
/// Told after a document's records are committed to the store. Delivery is at least once: a retried job
/// tells again, so a sink must be idempotent (index by <see cref="SopRecord.Id"/>). A sink that throws
/// makes the job retry; the store's side is already done and is not repeated.
/// </summary>
public interface IRecordSink
{
    Task RecordsStoredAsync(RecordsStored stored, CancellationToken ct);
}
