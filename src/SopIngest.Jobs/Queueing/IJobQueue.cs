namespace SopIngest.Jobs.Queueing;

/// <summary>Where the pipeline's jobs are queued; they take ids only. The token names the queue's storage and the job.</summary>
public interface IJobQueue
{
    /// <summary>Identifies the queue's storage: a token from another storage means the job is not in this queue.</summary>
    string StorageIdentity { get; }

    /// <summary>True when jobs survive the process (a shared database), false for in-process storage.</summary>
    bool IsDurable { get; }

    /// <summary>Queues the job for one document and returns its token.</summary>
    string Enqueue(long documentId);

    /// <summary>Queues the reading of one page (1-based) of a document read page by page.</summary>
    string EnqueuePage(long documentId, int page, int pageCount);

    /// <summary>Queues the continuation that assembles a document's stored pages into records.</summary>
    string EnqueueAssembly(long documentId, int pageCount);
}
