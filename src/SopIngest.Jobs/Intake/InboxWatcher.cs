using SopIngest.Jobs.Hosting;

namespace SopIngest.Jobs.Intake;

/// <summary>
/// A watched inbox folder: every sweep, the files that have stopped growing become one batch (source
/// <c>inbox</c>) and are moved to <c>.taken/BATCH/</c> beside them, so each is taken in once.
/// </summary>
public sealed class InboxWatcher : IDisposable
{
    private readonly string _inbox;
    private readonly JobHost _host;
    private readonly Timer _timer;
    private readonly Dictionary<string, long> _lastSizes = [];
    private int _busy;

    public InboxWatcher(string inbox, JobHost host, int sweepSeconds)
    {
        _inbox = Path.GetFullPath(inbox);
        _host = host;
        Directory.CreateDirectory(_inbox);
        var every = TimeSpan.FromSeconds(Math.Max(1, sweepSeconds));
        _timer = new Timer(_ => Sweep(), null, every, every);
    }

    public void Sweep()
    {
        if (Interlocked.Exchange(ref _busy, 1) == 1)
            return;
        try
        {
            var ready = new List<string>();
            foreach (var file in Directory.EnumerateFiles(_inbox).Order(StringComparer.Ordinal))
            {
                var size = new FileInfo(file).Length;
                // A file still being copied in grows between sweeps: take it the sweep after it stops.
                if (_lastSizes.TryGetValue(file, out var last) && last == size)
                    ready.Add(file);
                _lastSizes[file] = size;
            }
            if (ready.Count == 0)
                return;
            var batch = _host.IngestAsync(ready, "inbox").GetAwaiter().GetResult();
            var taken = Path.Combine(_inbox, ".taken", batch.BatchId.ToString());
            Directory.CreateDirectory(taken);
            foreach (var file in ready)
            {
                File.Move(file, Path.Combine(taken, Path.GetFileName(file)), overwrite: true);
                _lastSizes.Remove(file);
            }
            Console.Error.WriteLine($"sopingest inbox: batch {batch.BatchId} with {ready.Count} file(s)");
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"sopingest inbox: {e.Message}");
        }
        finally
        {
            Interlocked.Exchange(ref _busy, 0);
        }
    }

    public void Dispose() => _timer.Dispose();
}
