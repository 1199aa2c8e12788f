using SopIngest.Jobs.Pipeline;
using SopIngest.Jobs.Queueing;

namespace SopIngest.Jobs.Tests.Pipeline;

/// <summary>
/// A queue the test works by hand, one job at a time and in any order it likes — retries, duplicates and
/// restarts included — where Hangfire would pick the order.
/// </summary>
internal sealed class ManualQueue : IJobQueue
{
    private readonly Queue<Func<JobSet, Task>> _jobs = new();

    public string StorageIdentity => "manual";
    public bool IsDurable => false;
    public List<string> Queued { get; } = [];

    public int Count => _jobs.Count;

    public string Enqueue(long documentId) => Add($"document {documentId}", j => j.Document.RunAsync(documentId));

    public string EnqueuePage(long documentId, int page, int pageCount) =>
        Add($"page {page}/{pageCount}", j => j.Page.RunAsync(documentId, page, pageCount));

    public string EnqueueAssembly(long documentId, int pageCount) =>
        Add($"assembly {pageCount}", j => j.Assembly.RunAsync(documentId, pageCount));

    /// <summary>Takes the next job off the queue and returns it, to run (or run twice, or drop).</summary>
    public Func<JobSet, Task> Take() => _jobs.Dequeue();

    public async Task RunAllAsync(JobSet jobs)
    {
        while (_jobs.Count > 0)
            await Take()(jobs);
    }

    private string Add(string name, Func<JobSet, Task> job)
    {
        Queued.Add(name);
        _jobs.Enqueue(job);
        return $"manual:{Queued.Count}";
    }
}
