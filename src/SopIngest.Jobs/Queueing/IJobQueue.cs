namespace SopIngest.Jobs.Queueing;

/// <summary>Where document jobs are queued. The token names the queue's storage and the job.</summary>
public interface IJobQueue
{
    /// <summary>Identifies the queue's storage: a token from another storage means the job is not in this queue.</summary>
    string StorageIdentity { get; }

    /// <summary>True when jobs survive the process (a shared database), false for in-process storage.</summary>
    bool IsDurable { get; }

    /// <summary>Queues the job for one document and returns its token.</summary>
    string Enqueue(long documentId);
}
