using System.ComponentModel;
using System.Linq.Expressions;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using SopIngest.Jobs.Pipeline;

namespace SopIngest.Jobs.Queueing;

/// <summary>
/// The pipeline's jobs in a Hangfire storage; their arguments are ids and page numbers only. Pages and
/// assemblies go to a queue workers take first, so documents already started are finished before new ones
/// start (bounded work in progress, records sooner); its name also sorts first, for storages that order
/// queues by name.
/// </summary>
internal sealed class HangfireJobQueue(IBackgroundJobClient client, string storageIdentity, bool durable) : IJobQueue
{
    public const string PagesQueue = "document-pages";
    public const string DocumentsQueue = "documents";

    /// <summary>What a server works, in order (<c>default</c> for jobs queued before the split).</summary>
    public static readonly string[] Queues = [PagesQueue, DocumentsQueue, EnqueuedState.DefaultQueue];

    public string StorageIdentity => storageIdentity;

    public bool IsDurable => durable;

    public string Enqueue(long documentId) =>
        Enqueue<DocumentJobEntry>(DocumentsQueue, j => j.Run(documentId, CancellationToken.None));

    public string EnqueuePage(long documentId, int page, int pageCount) =>
        Enqueue<PageJobEntry>(PagesQueue, j => j.Run(documentId, page, pageCount, CancellationToken.None));

    public string EnqueueAssembly(long documentId, int pageCount) =>
        Enqueue<AssemblyJobEntry>(PagesQueue, j => j.Run(documentId, pageCount, CancellationToken.None));

    private string Enqueue<T>(string queue, Expression<Func<T, Task>> call) =>
        $"{storageIdentity}:{client.Create(Job.FromExpression(call), new EnqueuedState(queue))}";
}

/// <summary>What Hangfire calls for a document: the host's one <see cref="DocumentJob"/>, given the id.</summary>
public sealed class DocumentJobEntry(DocumentJob job)
{
    [DisplayName("document {0}")]
    public Task Run(long documentId, CancellationToken ct) => job.RunAsync(documentId, ct);
}

/// <summary>What Hangfire calls for one page of a document.</summary>
public sealed class PageJobEntry(PageJob job)
{
    [DisplayName("document {0} page {1} of {2}")]
    public Task Run(long documentId, int page, int pageCount, CancellationToken ct) => job.RunAsync(documentId, page, pageCount, ct);
}

/// <summary>What Hangfire calls when a document's pages are all stored.</summary>
public sealed class AssemblyJobEntry(AssemblyJob job)
{
    [DisplayName("document {0}: records from {1} pages")]
    public Task Run(long documentId, int pageCount, CancellationToken ct) => job.RunAsync(documentId, pageCount, ct);
}

/// <summary>Hands Hangfire the job objects the host composed (no container needed).</summary>
internal sealed class ComposedJobActivator(JobSet jobs) : JobActivator
{
    private readonly Dictionary<Type, object> _entries = new()
    {
        [typeof(DocumentJobEntry)] = new DocumentJobEntry(jobs.Document),
        [typeof(PageJobEntry)] = new PageJobEntry(jobs.Page),
        [typeof(AssemblyJobEntry)] = new AssemblyJobEntry(jobs.Assembly),
    };

    public override object ActivateJob(Type jobType) => _entries.TryGetValue(jobType, out var entry) ? entry : base.ActivateJob(jobType);

    /// <summary>True for the pipeline's jobs, whose first argument is the document id.</summary>
    public static bool IsDocumentJob(Type? type) => type == typeof(DocumentJobEntry) || type == typeof(PageJobEntry) || type == typeof(AssemblyJobEntry);
}
