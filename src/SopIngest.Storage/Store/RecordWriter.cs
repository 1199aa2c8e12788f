using Microsoft.EntityFrameworkCore;
using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Storage.Database;
using SopIngest.Storage.Model;

namespace SopIngest.Storage.Store;

/// <summary>
/// Writes a document's records: keyed by (document, ordinal), so storing the same result twice creates
/// nothing new; a changed record gets a revision; corrections are kept beside the revision they came with.
/// </summary>
public sealed class RecordWriter(StoreDatabase database, TimeProvider clock)
{
    /// <summary>Stores the records and returns them with their ids, in order.</summary>
    public IReadOnlyList<SopRecord> Store(long documentId, IReadOnlyList<SopRecord> records, string by)
    {
        using var db = database.Open();
        using var tx = db.Database.BeginTransaction();
        var now = clock.GetUtcNow().UtcDateTime;
        var document = db.Documents.AsNoTracking().First(d => d.Id == documentId);
        var existing = db.Records.Include(r => r.Revisions).Where(r => r.DocumentId == documentId).ToDictionary(r => r.Ordinal);
        var stored = new List<SopRecord>();
        for (var i = 0; i < records.Count; i++)
        {
            var ordinal = i + 1;
            var id = StoredRecord.MakeId(document.Sha256, ordinal);
            var record = records[i] with { Id = id };
            var json = SopJson.Serialize(record, indented: false);
            int? newRevision = null;
            if (existing.TryGetValue(ordinal, out var row))
            {
                if (row.Revise(record.Title, record.Number, json, by, now))
                    newRevision = row.Revision;
            }
            else
            {
                row = StoredRecord.Create(document.Sha256, documentId, ordinal, record.Title, record.Number, json, by, now);
                db.Records.Add(row);
                newRevision = 1;
            }
            if (newRevision is { } revision)
                foreach (var c in record.Corrections ?? [])
                    db.Corrections.Add(CorrectionEntry.Of(id, revision, c.Field, c.From, c.To, c.Confidence, by, now));
            stored.Add(record);
        }
        db.SaveChanges();
        tx.Commit();
        return stored;
    }

    /// <summary>A reviewer's edit: a new revision, with who made it.</summary>
    public bool Revise(string recordId, SopRecord record, string by)
    {
        using var db = database.Open();
        var row = db.Records.Include(r => r.Revisions).FirstOrDefault(r => r.Id == recordId);
        if (row is null)
            return false;
        var changed = row.Revise(record.Title, record.Number, SopJson.Serialize(record with { Id = recordId }, indented: false), by, clock.GetUtcNow().UtcDateTime);
        db.SaveChanges();
        return changed;
    }
}
