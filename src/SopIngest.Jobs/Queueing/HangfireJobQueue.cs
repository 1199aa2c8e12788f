using Hangfire;
using System.ComponentModel;
using SopIngest.Jobs.Pipeline;

namespace SopIngest.Jobs.Queueing;

/// <summary>Document jobs in a Hangfire storage; the job's only argument is the document id.</summary>
internal sealed class HangfireJobQueue(IBackgroundJobClient client, string storageIdentity, bool durable) : IJobQueue
{
    public string StorageIdentity => storageIdentity;

    public bool IsDurable => durable;

    public string Enqueue(long documentId) =>
        $"{storageIdentity}:{client.Enqueue<DocumentJobEntry>(j => j.Run(documentId, CancellationToken.None))}";
}

/// <summary>What Hangfire calls: the host's one <see cref="DocumentJob"/>, given the id.</summary>
public sealed class DocumentJobEntry(DocumentJob job)
{
    [DisplayName("document {0}")]
    public Task Run(long documentId, CancellationToken ct) => job.RunAsync(documentId, ct);
}

/// <summary>Hands Hangfire the job objects the host composed (no container needed).</summary>
internal sealed class ComposedJobActivator(DocumentJobEntry entry) : JobActivator
{
    public override object ActivateJob(Type jobType) =>
        jobType == typeof(DocumentJobEntry) ? entry : base.ActivateJob(jobType);
}
