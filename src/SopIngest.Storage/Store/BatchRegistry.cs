using Microsoft.EntityFrameworkCore;
using SopIngest.Storage.Database;
using SopIngest.Storage.Model;

namespace SopIngest.Storage.Store;

/// <summary>A file intake looked at: stored by content with its sniffed kind, or refused with a reason.</summary>
public abstract record IntakeItem(string Name);

public sealed record AcceptedFile(string Name, string Sha256, string Kind, long Length) : IntakeItem(Name);

public sealed record RejectedFile(string Name, string Error) : IntakeItem(Name);

/// <summary>A registered batch and the documents that need a job (new ones, and known ones never finished).</summary>
public sealed record RegisteredBatch(long BatchId, IReadOnlyList<long> DocumentsToRun, int Items, int Duplicates);

/// <summary>Registers a batch and its documents in one transaction: all of it or nothing.</summary>
public sealed class BatchRegistry(StoreDatabase database, TimeProvider clock)
{
    public RegisteredBatch Register(string source, IReadOnlyList<IntakeItem> items)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return TryRegister(source, items);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another intake registered the same content at the same moment: read it back and link to it.
            }
        }
    }

    private RegisteredBatch TryRegister(string source, IReadOnlyList<IntakeItem> items)
    {
        using var db = database.Open();
        using var tx = db.Database.BeginTransaction();
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = Batch.Open(source, now);
        var shas = items.OfType<AcceptedFile>().Select(f => f.Sha256).Distinct().ToList();
        var known = db.Documents.Where(d => shas.Contains(d.Sha256)).ToDictionary(d => d.Sha256);
        var seen = new HashSet<string>();
        var duplicates = 0;
        var created = new List<Document>();
        foreach (var item in items)
        {
            switch (item)
            {
                case AcceptedFile file:
                    var duplicate = !seen.Add(file.Sha256) || known.ContainsKey(file.Sha256);
                    if (!known.TryGetValue(file.Sha256, out var document))
                    {
                        document = Document.Register(file.Sha256, Path.GetFileName(file.Name), file.Kind, file.Length, now);
                        db.Documents.Add(document);
                        known[file.Sha256] = document;
                        created.Add(document);
                    }
                    if (duplicate)
                        duplicates++;
                    batch.Add(file.Name, document, duplicate);
                    break;
                case RejectedFile rejected:
                    batch.Reject(rejected.Name, rejected.Error);
                    break;
            }
        }
        db.Batches.Add(batch);
        db.SaveChanges();
        tx.Commit();
        var toRun = known.Values.Where(d => !d.IsFinished).Select(d => d.Id).Distinct().ToList();
        return new RegisteredBatch(batch.Id, toRun, items.Count, duplicates);
    }
}
