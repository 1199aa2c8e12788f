namespace SopIngest.Storage.Review;

public enum ReviewState
{
    /// <summary>Read by the pipeline or edited, not approved yet.</summary>
    InReview,
    Approved,
}

/// <summary>
/// Where a record stands in review. State changes go through <see cref="Approve"/> and
/// <see cref="Reopen"/>, which refuse to repeat themselves; a record without a row is in review.
/// </summary>
public sealed class RecordReview
{
    private RecordReview() { }

    public string RecordId { get; private set; } = "";
    public ReviewState State { get; private set; }

    /// <summary>The record revision the last state change was made on.</summary>
    public int Revision { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateTime ChangedAt { get; private set; }

    public static RecordReview Start(string recordId) => new() { RecordId = recordId, State = ReviewState.InReview };

    /// <summary>Approves the record at <paramref name="revision"/>; throws when it is approved already.</summary>
    public void Approve(int revision, string by, DateTime now)
    {
        if (State == ReviewState.Approved)
            throw new InvalidOperationException($"record {RecordId} is approved already");
        State = ReviewState.Approved;
        Revision = revision;
        ChangedBy = by;
        ChangedAt = now;
    }

    /// <summary>Takes an approved record back into review; throws when it is not approved.</summary>
    public void Reopen(int revision, string by, DateTime now)
    {
        if (State != ReviewState.Approved)
            throw new InvalidOperationException($"record {RecordId} is not approved");
        State = ReviewState.InReview;
        Revision = revision;
        ChangedBy = by;
        ChangedAt = now;
    }

    /// <summary>An edit reopens an approved record: what was approved is no longer what is stored.</summary>
    public void Edited(int revision, string by, DateTime now)
    {
        if (State == ReviewState.Approved)
            Reopen(revision, by, now);
    }
}
