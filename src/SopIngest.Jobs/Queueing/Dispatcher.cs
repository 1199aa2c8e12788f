using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Queueing;

/// <summary>
/// Puts documents into the job queue and records where, with the database as the source of truth:
/// <see cref="Requeue"/> finds unfinished documents whose job is not in this queue (work lost with an
/// in-process queue, or registered by a process without one) and queues them again. With a shared queue,
/// several processes dispatch at once: a conditional claim in the database lets exactly one queue a document.
/// </summary>
public sealed class Dispatcher(IJobQueue queue, DocumentWork work)
{
    private readonly HashSet<long> _queuedHere = [];
    private readonly Lock _lock = new();

    public void Dispatch(IEnumerable<long> documentIds)
    {
        foreach (var id in documentIds)
            DispatchOne(id);
    }

    /// <summary>Queues every unfinished document this queue does not hold; returns how many.</summary>
    public int Requeue()
    {
        var count = 0;
        foreach (var (id, token) in work.Unfinished())
        {
            lock (_lock)
                if (_queuedHere.Contains(id))
                    continue;
            if (queue.IsDurable && token is not null && token.StartsWith(queue.StorageIdentity + ":", StringComparison.Ordinal)
                && !token.EndsWith(PendingSuffix, StringComparison.Ordinal))
                continue; // the shared queue holds it; its workers (or their successors) will run it
            if (DispatchOne(id))
                count++;
        }
        return count;
    }

    private const string PendingSuffix = ":pending";

    /// <summary>A claim older than this was left by a process that died before queueing; it is taken over.</summary>
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(1);

    private bool DispatchOne(long id)
    {
        lock (_lock)
            if (!_queuedHere.Add(id))
                return false;
        if (queue.IsDurable && !work.TryClaimDispatch(id, queue.StorageIdentity + PendingSuffix, StaleClaim))
        {
            lock (_lock)
                _queuedHere.Remove(id); // another process queued it (or is queueing it right now); look again later
            return false;
        }
        var token = queue.Enqueue(id);
        work.Enqueued(id, token);
        return true;
    }
}
