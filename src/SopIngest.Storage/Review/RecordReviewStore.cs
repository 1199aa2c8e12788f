using Microsoft.EntityFrameworkCore;
using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Storage.Database;
using SopIngest.Storage.Model;

namespace SopIngest.Storage.Review;

/// <summary>A record as the review page shows it: the contract's record, its revision and review state.</summary>
public sealed record ReviewedRecord(
    string Id, long DocumentId, string File, string Kind, SopRecord Record, int Revision, DateTime UpdatedAt,
    ReviewState State, string? StateBy, DateTime? StateAt, IReadOnlyList<CorrectionView> Corrections);

public sealed record CorrectionView(int Revision, string Field, string From, string To, double? Confidence, string Source);

/// <summary>One revision with what changed against the one before it.</summary>
public sealed record RevisionView(int Revision, string By, DateTime At, string Change, IReadOnlyList<FieldChange> Changes);

public abstract record SaveOutcome
{
    public sealed record Saved(int Revision, IReadOnlyList<FieldChange> Changes) : SaveOutcome;
    public sealed record Unchanged : SaveOutcome;
    /// <summary>Someone saved another revision since the reviewer opened the record.</summary>
    public sealed record Conflict(int Current) : SaveOutcome;
    public sealed record NotFound : SaveOutcome;
}

/// <summary>
/// The reviewer's side of the store: edits as revisions with their field changes kept as corrections
/// (source <c>review:USER</c>, what the corrector's training reads back), rollback to an earlier
/// revision, approve and reopen, and a retry of a failed document.
/// </summary>
public sealed class RecordReviewStore(StoreDatabase store, ReviewDatabase review, TimeProvider clock)
{
    public const string ReviewSourcePrefix = "review:";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public ReviewedRecord? Load(string id)
    {
        using var db = store.Open();
        var row = db.Records.AsNoTracking().FirstOrDefault(r => r.Id == id);
        if (row is null)
            return null;
        var doc = db.Documents.AsNoTracking().First(d => d.Id == row.DocumentId);
        var corrections = db.Corrections.AsNoTracking().Where(c => c.RecordId == id).OrderBy(c => c.Id)
            .Select(c => new CorrectionView(c.Revision, c.Field, c.From, c.To, c.Confidence, c.Source)).ToList();
        using var rdb = review.Open();
        var state = rdb.RecordReviews.AsNoTracking().FirstOrDefault(r => r.RecordId == id);
        return new ReviewedRecord(id, row.DocumentId, doc.FileName, doc.Kind, Parse(row.Json, id), row.Revision, row.UpdatedAt,
            state?.State ?? ReviewState.InReview, state?.ChangedBy, state?.ChangedAt, corrections);
    }

    /// <summary>Stores a reviewer's version as a new revision, unless someone saved since <paramref name="baseRevision"/>.</summary>
    public SaveOutcome Save(string id, SopRecord edited, int baseRevision, string by) =>
        Revise(id, baseRevision, by, _ => edited with { Id = id }, "review");

    /// <summary>Makes an earlier revision's content current again, as a new revision.</summary>
    public SaveOutcome Rollback(string id, int toRevision, string by)
    {
        using var db = store.Open();
        var json = db.RecordRevisions.AsNoTracking().Where(r => r.RecordId == id && r.Revision == toRevision).Select(r => r.Json).FirstOrDefault();
        var current = db.Records.AsNoTracking().Where(r => r.Id == id).Select(r => (int?)r.Revision).FirstOrDefault();
        if (json is null || current is null)
            return new SaveOutcome.NotFound();
        return Revise(id, current.Value, by, _ => Parse(json, id), $"rollback to {toRevision}");
    }

    private SaveOutcome Revise(string id, int baseRevision, string by, Func<SopRecord, SopRecord> change, string what)
    {
        using var db = store.Open();
        using var tx = db.Database.BeginTransaction();
        var row = db.Records.FirstOrDefault(r => r.Id == id);
        if (row is null)
            return new SaveOutcome.NotFound();
        if (row.Revision != baseRevision)
            return new SaveOutcome.Conflict(row.Revision);
        var before = Parse(row.Json, id);
        var after = change(before);
        var changes = RecordDiff.Between(before, after);
        if (changes.Count == 0)
            return new SaveOutcome.Unchanged();
        var now = Now;
        if (!row.Revise(after.Title, after.Number, SopJson.Serialize(after, indented: false), by, now))
            return new SaveOutcome.Unchanged();
        foreach (var c in changes.Where(c => RecordDiff.IsText(c.Field) && c.From.Length > 0 && c.To.Length > 0))
            db.Corrections.Add(CorrectionEntry.Of(id, row.Revision, c.Field, c.From, c.To, null, ReviewSourcePrefix + by, now));
        db.SaveChanges();
        tx.Commit();
        SetState(id, r => r.Edited(row.Revision, by, now));
        return new SaveOutcome.Saved(row.Revision, changes);
    }

    public IReadOnlyList<RevisionView> History(string id)
    {
        using var db = store.Open();
        var revisions = db.RecordRevisions.AsNoTracking().Where(r => r.RecordId == id).OrderBy(r => r.Revision).ToList();
        var views = new List<RevisionView>();
        SopRecord? previous = null;
        foreach (var r in revisions)
        {
            var record = Parse(r.Json, id);
            views.Add(new RevisionView(r.Revision, r.ChangedBy, r.ChangedAt, r.Change,
                previous is null ? [] : RecordDiff.Between(previous, record)));
            previous = record;
        }
        views.Reverse();
        return views;
    }

    /// <summary>The record as it was at one revision.</summary>
    public SopRecord? AtRevision(string id, int revision)
    {
        using var db = store.Open();
        var json = db.RecordRevisions.AsNoTracking().Where(r => r.RecordId == id && r.Revision == revision).Select(r => r.Json).FirstOrDefault();
        return json is null ? null : Parse(json, id);
    }

    /// <summary>Approves the record at its current revision. False when it is unknown or approved already.</summary>
    public bool Approve(string id, string by) => ChangeState(id, by, (r, rev, now) => r.Approve(rev, by, now), r => r.State != ReviewState.Approved);

    /// <summary>Takes an approved record back into review. False when it is unknown or not approved.</summary>
    public bool Reopen(string id, string by) => ChangeState(id, by, (r, rev, now) => r.Reopen(rev, by, now), r => r.State == ReviewState.Approved);

    private bool ChangeState(string id, string by, Action<RecordReview, int, DateTime> change, Func<RecordReview, bool> allowed)
    {
        using var db = store.Open();
        var revision = db.Records.AsNoTracking().Where(r => r.Id == id).Select(r => (int?)r.Revision).FirstOrDefault();
        if (revision is null)
            return false;
        var ok = false;
        SetState(id, r =>
        {
            if (!allowed(r))
                return;
            change(r, revision.Value, Now);
            ok = true;
        });
        return ok;
    }

    private void SetState(string id, Action<RecordReview> change)
    {
        using var rdb = review.Open();
        var state = rdb.RecordReviews.FirstOrDefault(r => r.RecordId == id);
        if (state is null)
        {
            state = RecordReview.Start(id);
            rdb.RecordReviews.Add(state);
        }
        change(state);
        rdb.SaveChanges();
    }

    /// <summary>Review states of many records (records without a row are in review).</summary>
    public IReadOnlyDictionary<string, ReviewState> States(IReadOnlyCollection<string> ids)
    {
        using var rdb = review.Open();
        return rdb.RecordReviews.AsNoTracking().Where(r => ids.Contains(r.RecordId)).ToDictionary(r => r.RecordId, r => r.State);
    }

    /// <summary>Every text edit reviewers made: (field, before, after), oldest first.</summary>
    public IReadOnlyList<(string Field, string From, string To)> ReviewerEdits()
    {
        using var db = store.Open();
        return db.Corrections.AsNoTracking().Where(c => c.Source.StartsWith(ReviewSourcePrefix)).OrderBy(c => c.Id)
            .Select(c => new { c.Field, c.From, c.To }).ToList().Select(c => (c.Field, c.From, c.To)).ToList();
    }

    /// <summary>The records of a document, in order, with their titles.</summary>
    public IReadOnlyList<(string Id, string Title, string Number)> RecordsOf(long documentId)
    {
        using var db = store.Open();
        return db.Records.AsNoTracking().Where(r => r.DocumentId == documentId).OrderBy(r => r.Ordinal)
            .Select(r => new { r.Id, r.Title, r.Number }).ToList().Select(r => (r.Id, r.Title, r.Number)).ToList();
    }

    /// <summary>Puts a failed document back in the queue. False when it is unknown or not failed.</summary>
    public bool Retry(long documentId)
    {
        using var db = store.Open();
        var doc = db.Documents.FirstOrDefault(d => d.Id == documentId);
        if (doc is null || doc.State != DocumentState.Failed)
            return false;
        doc.Reopen(Now);
        db.SaveChanges();
        return true;
    }

    /// <summary>The stored file of a document (for the scan beside the record), with its kind.</summary>
    public (string Sha256, string Kind, string FileName)? DocumentFile(long documentId)
    {
        using var db = store.Open();
        return db.Documents.AsNoTracking().Where(d => d.Id == documentId)
            .Select(d => new { d.Sha256, d.Kind, d.FileName }).ToList()
            .Select(d => ((string, string, string)?)(d.Sha256, d.Kind, d.FileName)).FirstOrDefault();
    }

    /// <summary>Recent batches, newest first.</summary>
    public IReadOnlyList<(long Id, string Source, DateTime CreatedAt, int Items)> RecentBatches(int top)
    {
        using var db = store.Open();
        return db.Batches.AsNoTracking().OrderByDescending(b => b.Id).Take(top)
            .Select(b => new { b.Id, b.Source, b.CreatedAt, Items = b.Items.Count }).ToList()
            .Select(b => (b.Id, b.Source, b.CreatedAt, b.Items)).ToList();
    }

    private static SopRecord Parse(string json, string id) => SopJson.Deserialize<SopRecord>(json) with { Id = id };
}
