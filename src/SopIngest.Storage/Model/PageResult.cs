namespace SopIngest.Storage.Model;

/// <summary>
/// The stored output of one stage for one page, keyed by (document, page, stage, stage version):
/// a retry finds it and skips the work. Page 0 stands for a stage that works on the whole document.
/// </summary>
public sealed class PageResult
{
    private PageResult() { }

    public long Id { get; private set; }
    public long DocumentId { get; private set; }
    public int Page { get; private set; }
    public string Stage { get; private set; } = "";
    public int StageVersion { get; private set; }
    public string Json { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    public static PageResult Of(long documentId, int page, string stage, int stageVersion, string json, DateTime now) => new()
    {
        DocumentId = documentId,
        Page = page,
        Stage = stage,
        StageVersion = stageVersion,
        Json = json,
        CreatedAt = now,
    };
}

/// <summary>One start of a stage's work, kept as a log: how often work really ran, by whom, and how it ended.</summary>
public sealed class StageRun
{
    private StageRun() { }

    public long Id { get; private set; }
    public long DocumentId { get; private set; }
    public int Page { get; private set; }
    public string Stage { get; private set; } = "";
    public int StageVersion { get; private set; }
    public string Worker { get; private set; } = "";
    public DateTime StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }

    /// <summary><c>stored</c>, or the error; null while running (or when the worker died).</summary>
    public string? Outcome { get; private set; }

    public static StageRun Begin(long documentId, int page, string stage, int stageVersion, string worker, DateTime now) => new()
    {
        DocumentId = documentId,
        Page = page,
        Stage = stage,
        StageVersion = stageVersion,
        Worker = worker,
        StartedAt = now,
    };

    public void End(string outcome, DateTime now)
    {
        Outcome = outcome.Length > 2000 ? outcome[..2000] : outcome;
        FinishedAt = now;
    }
}
