using System.Security.Cryptography;

namespace SopIngest.Extraction.Pipeline;

/// <summary>An input as the pipeline first sees it: name, content hash and first bytes for type sniffing.</summary>
public sealed record InputFile(string Path, string Name, string Sha256, long Length, byte[] Head)
{
    public static InputFile Open(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[16];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new InputFile(path, System.IO.Path.GetFileName(path), sha, stream.Length, head[..read]);
    }

    /// <summary>A short name for the kind of file, from its magic bytes, for error messages.</summary>
    public string SniffedType() => Head switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => "PDF",
        [0x50, 0x4B, 0x03, 0x04, ..] => "ZIP",
        [0x89, 0x50, 0x4E, 0x47, ..] => "PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "JPEG image",
        [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => "TIFF image",
        _ when Head.Contains((byte)0) => "binary data",
        _ => "text",
    };
}
