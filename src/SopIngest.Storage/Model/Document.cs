namespace SopIngest.Storage.Model;

/// <summary>
/// One distinct file (by sha256) and its state. State changes go through the guarded methods below;
/// a finished document never goes back to work unless <see cref="Reopen"/> is asked for explicitly.
/// </summary>
public sealed class Document
{
    private Document() { }

    public long Id { get; private set; }
    public string Sha256 { get; private set; } = "";

    /// <summary>The name the file was first seen under.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The kind found by sniffing the first bytes: <c>pdf</c>, <c>png</c>, <c>jpeg</c>, <c>tiff</c>, <c>text</c>.</summary>
    public string Kind { get; private set; } = "";

    public long Length { get; private set; }
    public int? PageCount { get; private set; }
    public DocumentState State { get; private set; }
    public string? Error { get; private set; }

    /// <summary>How many times a job started work on it.</summary>
    public int Attempts { get; private set; }

    /// <summary>Which queue holds its job (storage identity and job id), so a host can tell lost work from queued work.</summary>
    public string? QueueToken { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }

    public bool IsFinished => State is DocumentState.Succeeded or DocumentState.Failed;

    public static Document Register(string sha256, string fileName, string kind, long length, DateTime now) => new()
    {
        Sha256 = sha256,
        FileName = fileName,
        Kind = kind,
        Length = length,
        State = DocumentState.Queued,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void Enqueued(string queueToken, DateTime now)
    {
        QueueToken = queueToken;
        UpdatedAt = now;
    }

    /// <summary>A job starts (or restarts after a crash) work on the document. False when it is already finished.</summary>
    public bool Start(DateTime now)
    {
        if (IsFinished)
            return false;
        State = DocumentState.Running;
        Attempts++;
        UpdatedAt = now;
        return true;
    }

    /// <summary>The pages were counted when the document was split into page jobs (progress shows "n of PageCount").</summary>
    public void Counted(int pageCount, DateTime now)
    {
        if (IsFinished)
            return;
        PageCount = pageCount;
        UpdatedAt = now;
    }

    public void Succeed(int pageCount, DateTime now)
    {
        if (IsFinished)
            throw new InvalidOperationException($"document {Id} is already {State}");
        State = DocumentState.Succeeded;
        PageCount = pageCount;
        Error = null;
        FinishedAt = UpdatedAt = now;
    }

    public void Fail(string error, int? pageCount, DateTime now)
    {
        if (IsFinished)
            throw new InvalidOperationException($"document {Id} is already {State}");
        State = DocumentState.Failed;
        Error = error;
        PageCount = pageCount ?? PageCount;
        FinishedAt = UpdatedAt = now;
    }

    /// <summary>Puts a finished document back in the queue (a reviewer asks for a re-read).</summary>
    public void Reopen(DateTime now)
    {
        State = DocumentState.Queued;
        Error = null;
        FinishedAt = null;
        QueueToken = null;
        UpdatedAt = now;
    }
}
