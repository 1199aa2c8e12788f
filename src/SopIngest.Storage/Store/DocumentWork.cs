using Microsoft.EntityFrameworkCore;
using SopIngest.Storage.Database;
using SopIngest.Storage.Model;

namespace SopIngest.Storage.Store;

/// <summary>A document as a job sees it when it starts work.</summary>
public sealed record WorkItem(long Id, string Sha256, string FileName, string Kind, int Attempts);

/// <summary>
/// The job side of the store: guarded state changes, stage outputs keyed by (document, page, stage,
/// version) so a retry skips finished work, and a log of every stage run.
/// </summary>
public sealed class DocumentWork(StoreDatabase database, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Marks the document running; null when it is finished (or unknown) and there is nothing to do.</summary>
    public WorkItem? Start(long documentId)
    {
        using var db = database.Open();
        var d = db.Documents.FirstOrDefault(x => x.Id == documentId);
        if (d is null || !d.Start(Now))
            return null;
        db.SaveChanges();
        return new WorkItem(d.Id, d.Sha256, d.FileName, d.Kind, d.Attempts);
    }

    /// <summary>The document as a job sees it, without a state change; null when it is finished (or unknown).</summary>
    public WorkItem? Find(long documentId)
    {
        using var db = database.Open();
        var d = db.Documents.AsNoTracking().FirstOrDefault(x => x.Id == documentId);
        return d is null || d.IsFinished ? null : new WorkItem(d.Id, d.Sha256, d.FileName, d.Kind, d.Attempts);
    }

    /// <summary>
    /// Claims the right to queue a document in a shared queue: true for exactly one caller while the
    /// document has no queue token (or a claim older than <paramref name="staleAfter"/>, left by a
    /// process that died between claiming and queueing).
    /// </summary>
    public bool TryClaimDispatch(long documentId, string claim, TimeSpan staleAfter)
    {
        using var db = database.Open();
        var now = Now;
        var stale = now - staleAfter;
        var suffix = ":pending";
        return db.Documents
            .Where(d => d.Id == documentId
                && (d.State == DocumentState.Queued || d.State == DocumentState.Running)
                && (d.QueueToken == null || (d.QueueToken.EndsWith(suffix) && d.UpdatedAt < stale)))
            .ExecuteUpdate(u => u.SetProperty(d => d.QueueToken, claim).SetProperty(d => d.UpdatedAt, now)) == 1;
    }

    public void Enqueued(long documentId, string queueToken)
    {
        using var db = database.Open();
        var d = db.Documents.FirstOrDefault(x => x.Id == documentId);
        if (d is null)
            return;
        d.Enqueued(queueToken, Now);
        db.SaveChanges();
    }

    public string? StageOutput(long documentId, int page, string stage, int version)
    {
        using var db = database.Open();
        return db.PageResults.AsNoTracking()
            .Where(p => p.DocumentId == documentId && p.Page == page && p.Stage == stage && p.StageVersion == version)
            .Select(p => p.Json).FirstOrDefault();
    }

    public IReadOnlyList<int> PagesDone(long documentId, string stage, int version)
    {
        using var db = database.Open();
        return db.PageResults.AsNoTracking()
            .Where(p => p.DocumentId == documentId && p.Stage == stage && p.StageVersion == version)
            .Select(p => p.Page).OrderBy(p => p).ToList();
    }

    /// <summary>The stored outputs of the given stages for one document and version, by page.</summary>
    public IReadOnlyList<(int Page, string Stage, string Json)> StageOutputs(long documentId, IReadOnlyCollection<string> stages, int version)
    {
        using var db = database.Open();
        return db.PageResults.AsNoTracking()
            .Where(p => p.DocumentId == documentId && stages.Contains(p.Stage) && p.StageVersion == version)
            .OrderBy(p => p.Page)
            .Select(p => new { p.Page, p.Stage, p.Json }).ToList()
            .Select(p => (p.Page, p.Stage, p.Json)).ToList();
    }

    /// <summary>Pages with a stored output of any of the given stages (for one document and version).</summary>
    public IReadOnlySet<int> PagesDone(long documentId, IReadOnlyCollection<string> stages, int version)
    {
        using var db = database.Open();
        return db.PageResults.AsNoTracking()
            .Where(p => p.DocumentId == documentId && stages.Contains(p.Stage) && p.StageVersion == version)
            .Select(p => p.Page).ToHashSet();
    }

    /// <summary>Stores a stage's output with its run log entry; when another run stored it first, that one stands.</summary>
    public void SaveStageOutput(long runId, long documentId, int page, string stage, int version, string json)
    {
        using var db = database.Open();
        using var tx = db.Database.BeginTransaction();
        var exists = db.PageResults.Any(p => p.DocumentId == documentId && p.Page == page && p.Stage == stage && p.StageVersion == version);
        if (!exists)
            db.PageResults.Add(PageResult.Of(documentId, page, stage, version, json, Now));
        var run = db.StageRuns.First(r => r.Id == runId);
        run.End(exists ? "stored earlier by another run" : "stored", Now);
        try
        {
            db.SaveChanges();
            tx.Commit();
        }
        catch (DbUpdateException)
        {
            // The unique key caught a concurrent run that stored the same output: keep that one.
        }
    }

    public long BeginRun(long documentId, int page, string stage, int version, string worker)
    {
        using var db = database.Open();
        var run = StageRun.Begin(documentId, page, stage, version, worker, Now);
        db.StageRuns.Add(run);
        db.SaveChanges();
        return run.Id;
    }

    public void EndRun(long runId, string outcome)
    {
        using var db = database.Open();
        var run = db.StageRuns.FirstOrDefault(r => r.Id == runId);
        if (run is null)
            return;
        run.End(outcome, Now);
        db.SaveChanges();
    }

    /// <summary>Records the page count found when a document is split into page jobs, for progress.</summary>
    public void Counted(long documentId, int pageCount)
    {
        using var db = database.Open();
        var d = db.Documents.FirstOrDefault(x => x.Id == documentId);
        if (d is null)
            return;
        d.Counted(pageCount, Now);
        db.SaveChanges();
    }

    public void Succeed(long documentId, int pageCount) => Finish(documentId, d => d.Succeed(pageCount, Now));

    public void Fail(long documentId, string error, int? pageCount = null) => Finish(documentId, d => d.Fail(error, pageCount, Now));

    private void Finish(long documentId, Action<Document> change)
    {
        using var db = database.Open();
        var d = db.Documents.First(x => x.Id == documentId);
        if (d.IsFinished)
            return; // a retry after the finishing commit: nothing more to do
        change(d);
        db.SaveChanges();
    }

    /// <summary>Documents not finished yet, with the queue token of their last job (for re-queueing at start-up).</summary>
    public IReadOnlyList<(long Id, string? QueueToken)> Unfinished()
    {
        using var db = database.Open();
        return db.Documents.AsNoTracking()
            .Where(d => d.State == DocumentState.Queued || d.State == DocumentState.Running)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.QueueToken }).ToList()
            .Select(d => (d.Id, d.QueueToken)).ToList();
    }
}
