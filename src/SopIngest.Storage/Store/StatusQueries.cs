using Microsoft.EntityFrameworkCore;
using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Storage.Database;
using SopIngest.Storage.Model;

namespace SopIngest.Storage.Store;

/// <summary>The contract's batch summary: every file of the batch is counted once, as succeeded, failed or still open.</summary>
public sealed record BatchSummary(long Batch, int Documents, int Succeeded, int Failed, int Records)
{
    public bool Done => Succeeded + Failed == Documents;
}

public sealed record ItemStatus(int Ordinal, string Name, long? Document, string State, string? Error, bool Duplicate);

public sealed record BatchStatus(
    long Batch, string Source, DateTime CreatedAt, int Documents, int Queued, int Running, int Succeeded, int Failed, int Records,
    bool Done, IReadOnlyList<ItemStatus> Items);

public sealed record StageProgress(int Page, string Stage, int Version, DateTime StoredAt);

public sealed record DocumentStatus(
    long Id, string File, string Sha256, string Kind, long Length, int? PageCount, string State, string? Error, int Attempts,
    IReadOnlyList<string> Records, IReadOnlyList<StageProgress> Stages);

/// <summary>Read-only views of batches, documents and records for the CLI and the HTTP API.</summary>
public sealed class StatusQueries(StoreDatabase database)
{
    public BatchSummary? Summary(long batchId)
    {
        var status = Batch(batchId, withItems: false);
        return status is null ? null : new BatchSummary(status.Batch, status.Documents, status.Succeeded, status.Failed, status.Records);
    }

    public BatchStatus? Batch(long batchId, bool withItems = true)
    {
        using var db = database.Open();
        var batch = db.Batches.AsNoTracking().FirstOrDefault(b => b.Id == batchId);
        if (batch is null)
            return null;
        var items = db.BatchItems.AsNoTracking().Where(i => i.BatchId == batchId)
            .OrderBy(i => i.Ordinal)
            .Select(i => new { i.Ordinal, i.Name, i.DocumentId, State = (DocumentState?)i.Document!.State, DocError = i.Document!.Error, i.Error, i.Duplicate })
            .ToList();
        var docIds = items.Where(i => i.DocumentId != null).Select(i => i.DocumentId!.Value).Distinct().ToList();
        var records = docIds.Count == 0 ? 0 : db.Records.Count(r => docIds.Contains(r.DocumentId));
        var states = items.Select(i => i.Error is not null ? "failed" : StateName(i.State ?? DocumentState.Queued)).ToList();
        return new BatchStatus(
            batch.Id, batch.Source, batch.CreatedAt, items.Count,
            states.Count(s => s == "queued"), states.Count(s => s == "running"),
            states.Count(s => s == "succeeded"), states.Count(s => s == "failed"), records,
            states.All(s => s is "succeeded" or "failed"),
            withItems
                ? items.Select((i, n) => new ItemStatus(i.Ordinal, i.Name, i.DocumentId, states[n], i.Error ?? i.DocError, i.Duplicate)).ToList()
                : []);
    }

    public DocumentStatus? Document(long documentId)
    {
        using var db = database.Open();
        var d = db.Documents.AsNoTracking().FirstOrDefault(x => x.Id == documentId);
        if (d is null)
            return null;
        var records = db.Records.AsNoTracking().Where(r => r.DocumentId == documentId).OrderBy(r => r.Ordinal).Select(r => r.Id).ToList();
        var stages = db.PageResults.AsNoTracking().Where(p => p.DocumentId == documentId)
            .OrderBy(p => p.Page).ThenBy(p => p.Stage)
            .Select(p => new StageProgress(p.Page, p.Stage, p.StageVersion, p.CreatedAt)).ToList();
        return new DocumentStatus(d.Id, d.FileName, d.Sha256, d.Kind, d.Length, d.PageCount, StateName(d.State), d.Error, d.Attempts, records, stages);
    }

    /// <summary>A stored record as the contract's SopRecord, carrying its id.</summary>
    public SopRecord? Record(string id)
    {
        using var db = database.Open();
        var json = db.Records.AsNoTracking().Where(r => r.Id == id).Select(r => r.Json).FirstOrDefault();
        return json is null ? null : SopJson.Deserialize<SopRecord>(json) with { Id = id };
    }

    public static string StateName(DocumentState state) => state.ToString().ToLowerInvariant();
}
