namespace SopIngest.Storage.Files;

/// <summary>A file kept by content: its sha256, size and the path it can be read from.</summary>
public sealed record StoredFile(string Sha256, long Length, string Path, bool AlreadyStored);

/// <summary>Keeps intake files by content (sha256 paths), so the same scan is stored once however often it comes.</summary>
public interface IFileStore
{
    /// <summary>
    /// Copies <paramref name="content"/> into the store under its sha256, at most <paramref name="maxBytes"/>.
    /// Throws <see cref="FileTooLargeException"/> past the limit and <see cref="IOException"/> when the disk
    /// fails; either way nothing is left behind.
    /// </summary>
    Task<StoredFile> PutAsync(Stream content, string extension, long maxBytes, CancellationToken ct = default);

    /// <summary>The path of a stored file, or null when the store does not hold it.</summary>
    string? Find(string sha256, string extension);

    /// <summary>Removes a file (used to undo an intake that failed half-way).</summary>
    void Delete(string sha256, string extension);
}

public sealed class FileTooLargeException(long limit) : Exception($"the file is larger than the limit of {limit} bytes")
{
    public long Limit { get; } = limit;
}
