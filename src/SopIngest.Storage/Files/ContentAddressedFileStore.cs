using System.Security.Cryptography;

namespace SopIngest.Storage.Files;

/// <summary>
/// Files under <c>ROOT/ab/cd/abcd…(64 hex).ext</c>. Writes go to <c>ROOT/tmp</c> first, hashing as they
/// stream, and are moved into place only when complete: a crash or a full disk never leaves half a file
/// under a content path.
/// </summary>
public sealed class ContentAddressedFileStore(string root) : IFileStore
{
    public async Task<StoredFile> PutAsync(Stream content, string extension, long maxBytes, CancellationToken ct = default)
    {
        var tmpDir = Path.Combine(root, "tmp");
        Directory.CreateDirectory(tmpDir);
        var temp = Path.Combine(tmpDir, Guid.NewGuid().ToString("N"));
        try
        {
            string sha;
            long length = 0;
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                        throw new FileTooLargeException(maxBytes);
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                await output.FlushAsync(ct);
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            var target = PathOf(sha, extension);
            if (File.Exists(target))
            {
                File.Delete(temp);
                return new StoredFile(sha, length, target, AlreadyStored: true);
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Move(temp, target);
            }
            catch (IOException) when (File.Exists(target))
            {
                File.Delete(temp); // another intake stored the same content a moment earlier
                return new StoredFile(sha, length, target, AlreadyStored: true);
            }
            return new StoredFile(sha, length, target, AlreadyStored: false);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public string? Find(string sha256, string extension)
    {
        var path = PathOf(sha256, extension);
        return File.Exists(path) ? path : null;
    }

    public void Delete(string sha256, string extension) => TryDelete(PathOf(sha256, extension));

    internal string PathOf(string sha256, string extension)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
            throw new ArgumentException("not a sha256", nameof(sha256));
        var ext = extension.TrimStart('.');
        if (ext.Any(c => !char.IsAsciiLetterOrDigit(c)))
            throw new ArgumentException("bad extension", nameof(extension));
        return Path.Combine(root, sha256[..2], sha256[2..4], ext.Length == 0 ? sha256 : $"{sha256}.{ext}");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
