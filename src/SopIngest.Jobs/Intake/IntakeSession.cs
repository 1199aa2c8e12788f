using System.IO.Compression;
using SopIngest.Storage.Files;
using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Intake;

/// <summary>
/// One batch being taken in: files are streamed into the file store as they come (sniffed, size-limited,
/// ZIPs unpacked with path, entry-count and expanded-size checks), then <see cref="Commit"/> registers them
/// all at once. Disposed without a commit (a failed upload, a full disk), it removes the files it added
/// and nothing is registered.
/// </summary>
public sealed class IntakeSession(IFileStore files, BatchRegistry registry, IntakeOptions options) : IDisposable
{
    private const int HeadBytes = 512;
    private readonly List<IntakeItem> _items = [];
    private readonly List<(string Sha, string Ext)> _added = [];
    private bool _committed;

    public IReadOnlyList<IntakeItem> Items => _items;

    /// <summary>Takes in one file (or ZIP) read from <paramref name="content"/>; bad files become refused items.</summary>
    public async Task AddAsync(string name, Stream content, CancellationToken ct = default)
    {
        var head = new byte[HeadBytes];
        var n = await content.ReadAtLeastAsync(head, HeadBytes, throwOnEndOfStream: false, ct);
        var (kind, error) = FileKind.Sniff(name, head.AsSpan(0, n));
        if (kind is null)
        {
            _items.Add(new RejectedFile(name, error!));
            return;
        }
        var stream = new PrefixedStream(head, n, content);
        if (kind == FileKind.Zip)
            await AddZipAsync(name, stream, ct);
        else
            await StoreAsync(name, kind, stream, options.MaxFileBytes, ct);
    }

    /// <summary>Takes in a file, or every file under a folder (sorted, names relative to the folder's parent).</summary>
    public async Task AddPathAsync(string path, CancellationToken ct = default)
    {
        if (Directory.Exists(path))
        {
            var baseDir = Path.GetDirectoryName(Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar)) ?? "";
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                await AddFileAsync(file, Path.GetRelativePath(baseDir, file), ct);
        }
        else if (File.Exists(path))
            await AddFileAsync(path, Path.GetFileName(path), ct);
        else
            _items.Add(new RejectedFile(path, "no such file or folder"));
    }

    private async Task AddFileAsync(string path, string name, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        await AddAsync(name, stream, ct);
    }

    public RegisteredBatch Commit(string source)
    {
        var batch = registry.Register(source, _items);
        _committed = true;
        return batch;
    }

    public void Dispose()
    {
        if (_committed)
            return;
        foreach (var (sha, ext) in _added)
            files.Delete(sha, ext);
    }

    private async Task<bool> StoreAsync(string name, FileKind kind, Stream content, long limit, CancellationToken ct)
    {
        try
        {
            var stored = await files.PutAsync(content, kind.Extension, limit, ct);
            if (!stored.AlreadyStored)
                _added.Add((stored.Sha256, kind.Extension));
            _items.Add(new AcceptedFile(name, stored.Sha256, kind.Name, stored.Length));
            return true;
        }
        catch (FileTooLargeException e)
        {
            _items.Add(new RejectedFile(name, e.Message));
            return false;
        }
    }

    private async Task AddZipAsync(string name, Stream content, CancellationToken ct)
    {
        // ZipArchive needs to seek: the upload goes to a temporary file first (within the size limit).
        var temp = Path.Combine(Path.GetTempPath(), "sopingest-zip-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var output = File.Create(temp))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    total += read;
                    if (total > options.MaxFileBytes)
                    {
                        _items.Add(new RejectedFile(name, new FileTooLargeException(options.MaxFileBytes).Message));
                        return;
                    }
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            await ExpandAsync(name, temp, ct);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private async Task ExpandAsync(string zipName, string zipPath, CancellationToken ct)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException e)
        {
            _items.Add(new RejectedFile(zipName, $"not a readable ZIP: {e.Message}"));
            return;
        }
        using (archive)
        {
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.EndsWith('\\')).ToList();
            if (entries.Count > options.MaxZipEntries)
            {
                _items.Add(new RejectedFile(zipName, $"the ZIP holds {entries.Count} files, more than the limit of {options.MaxZipEntries}"));
                return;
            }
            long budget = options.MaxExpandedBytes;
            foreach (var entry in entries)
            {
                var itemName = $"{zipName}/{entry.FullName}";
                if (UnsafeEntryName(entry.FullName) is { } why)
                {
                    _items.Add(new RejectedFile(itemName, why));
                    continue;
                }
                if (budget <= 0 || entry.Length > budget)
                {
                    _items.Add(new RejectedFile(itemName, $"the ZIP expands to more than the limit of {options.MaxExpandedBytes} bytes"));
                    budget = 0;
                    continue;
                }
                try
                {
                    await using var stream = entry.Open();
                    var head = new byte[HeadBytes];
                    var n = await stream.ReadAtLeastAsync(head, HeadBytes, throwOnEndOfStream: false, ct);
                    var (kind, error) = FileKind.Sniff(entry.Name, head.AsSpan(0, n));
                    if (kind is null || kind == FileKind.Zip)
                    {
                        _items.Add(new RejectedFile(itemName, error ?? "a ZIP inside a ZIP is not unpacked"));
                        continue;
                    }
                    // The real size counts, not the one the entry's header claims.
                    var limit = Math.Min(options.MaxFileBytes, budget);
                    var before = _items.Count;
                    if (await StoreAsync(itemName, kind, new PrefixedStream(head, n, stream), limit, ct))
                        budget -= ((AcceptedFile)_items[before]).Length;
                    else if (limit == budget)
                        budget = 0;
                }
                catch (InvalidDataException e)
                {
                    _items.Add(new RejectedFile(itemName, $"corrupt ZIP entry: {e.Message}"));
                }
            }
        }
    }

    /// <summary>Why a ZIP entry's name is refused: a path that climbs out (<c>../</c>) or starts at a root.</summary>
    internal static string? UnsafeEntryName(string name)
    {
        var normalized = name.Replace('\\', '/');
        if (normalized.StartsWith('/') || (normalized.Length >= 2 && normalized[1] == ':'))
            return "unsafe path in ZIP (absolute path)";
        if (normalized.Split('/').Any(part => part == ".."))
            return "unsafe path in ZIP (climbs out with ../)";
        if (normalized.Any(char.IsControl))
            return "unsafe path in ZIP (control characters)";
        return null;
    }
}
