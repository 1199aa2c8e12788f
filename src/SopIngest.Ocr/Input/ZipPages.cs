using System.IO.Compression;
using SopIngest.Extraction.Reading;
using SopIngest.Ocr.Reading;

namespace SopIngest.Ocr.Input;

/// <summary>
/// The entries of a ZIP of page images and PDFs, in name order, checked before anything is expanded:
/// no absolute or climbing paths, a bounded number and size of entries, no compression bombs, no nested ZIPs.
/// Other files in the ZIP (a readme, say) are passed over. Entries are expanded one at a time to temporary
/// files of the reading's scope, so a large ZIP is never held in memory.
/// </summary>
internal static class ZipPages
{
    private const long BombCheckFloor = 1 << 20;

    public sealed record Entry(string Name, InputKind Kind, string File);

    public static IReadOnlyList<Entry> Read(string path, string name, OcrReaderOptions options, ReadScope scope)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var entries = zip.Entries
                .Where(e => !e.FullName.EndsWith('/') && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)
                            && !Path.GetFileName(e.FullName).StartsWith('.'))
                .OrderBy(e => e.FullName, StringComparer.Ordinal)
                .ToList();
            if (entries.Count > options.MaxZipEntries)
                throw new UnreadableDocumentException($"the ZIP {name} holds {entries.Count} files, more than the {options.MaxZipEntries} accepted");
            long total = 0;
            foreach (var e in entries)
            {
                if (!IsSafePath(e.FullName))
                    throw new UnreadableDocumentException($"the ZIP {name} holds an entry with an unsafe path ('{e.FullName}'); it was not opened");
                if (e.Length > options.MaxZipEntryBytes)
                    throw new UnreadableDocumentException($"'{e.FullName}' in the ZIP {name} expands to {e.Length / (1 << 20)} MiB, above the {options.MaxZipEntryBytes / (1 << 20)} MiB limit");
                if (e.Length > BombCheckFloor && e.Length > (long)options.MaxCompressionRatio * Math.Max(1, e.CompressedLength))
                    throw new UnreadableDocumentException($"'{e.FullName}' in the ZIP {name} expands {e.Length / Math.Max(1, e.CompressedLength)} times: refused as a ZIP bomb");
                total += e.Length;
            }
            if (total > options.MaxZipTotalBytes)
                throw new UnreadableDocumentException($"the ZIP {name} expands to {total / (1 << 20)} MiB, above the {options.MaxZipTotalBytes / (1 << 20)} MiB limit");

            var result = new List<Entry>();
            foreach (var e in entries)
            {
                var file = scope.TempFile(Path.GetExtension(e.FullName));
                var head = ExpandBounded(e, file, options.MaxZipEntryBytes, name);
                var kind = ImageHeader.Sniff(head);
                if (kind == InputKind.Zip)
                    throw new UnreadableDocumentException($"the ZIP {name} holds another ZIP ('{e.FullName}'); unpack it first");
                if (kind != InputKind.Unknown) result.Add(new Entry(e.FullName, kind, file));
                else File.Delete(file);
            }
            if (result.Count == 0)
                throw new UnreadableDocumentException($"the ZIP {name} holds no PDF, TIFF, PNG or JPEG files");
            return result;
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableDocumentException($"the ZIP {name} is damaged or truncated ({e.Message})", 0, e);
        }
    }

    internal static bool IsSafePath(string entryName)
    {
        if (entryName.Length == 0 || entryName.Contains('\0')) return false;
        var normal = entryName.Replace('\\', '/');
        if (normal.StartsWith('/') || (normal.Length > 1 && normal[1] == ':')) return false;
        return !normal.Split('/').Any(part => part == "..");
    }

    /// <summary>Expands an entry to a file without trusting its declared size; returns its first bytes.</summary>
    private static byte[] ExpandBounded(ZipArchiveEntry entry, string file, long limit, string name)
    {
        using var stream = entry.Open();
        using var output = File.Create(file);
        var head = new List<byte>(16);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (head.Count < 16) head.AddRange(chunk.AsSpan(0, Math.Min(read, 16 - head.Count)));
            output.Write(chunk, 0, read);
            if (output.Length > limit)
                throw new UnreadableDocumentException($"'{entry.FullName}' in the ZIP {name} expands beyond the {limit / (1 << 20)} MiB limit");
        }
        return [.. head];
    }
}
