namespace SopIngest.Jobs.Intake;

/// <summary>A kind of file intake accepts, told by its first bytes, never by its name alone.</summary>
public sealed record FileKind(string Name, string Extension)
{
    public static readonly FileKind Pdf = new("pdf", "pdf");
    public static readonly FileKind Png = new("png", "png");
    public static readonly FileKind Jpeg = new("jpeg", "jpg");
    public static readonly FileKind Tiff = new("tiff", "tif");
    public static readonly FileKind Text = new("text", "txt");
    public static readonly FileKind Markdown = new("text", "md");
    public static readonly FileKind Zip = new("zip", "zip");

    /// <summary>What the name's extension claims, for the extensions intake knows.</summary>
    private static readonly Dictionary<string, string> Claims = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "pdf", [".png"] = "png", [".jpg"] = "jpeg", [".jpeg"] = "jpeg", [".tif"] = "tiff", [".tiff"] = "tiff",
        [".txt"] = "text", [".md"] = "text", [".zip"] = "zip",
    };

    /// <summary>The kind of a file from its name and first bytes, or the reason it is refused.</summary>
    public static (FileKind? Kind, string? Error) Sniff(string name, ReadOnlySpan<byte> head)
    {
        if (head.Length == 0)
            return (null, "the file is empty");
        var found = head switch
        {
            [0x25, 0x50, 0x44, 0x46, ..] => Pdf,
            [0x50, 0x4B, 0x03, 0x04, ..] or [0x50, 0x4B, 0x05, 0x06, ..] => Zip,
            [0x89, 0x50, 0x4E, 0x47, ..] => Png,
            [0xFF, 0xD8, 0xFF, ..] => Jpeg,
            [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => Tiff,
            _ when LooksLikeText(head) => name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? Markdown : Text,
            _ => null,
        };
        var extension = Path.GetExtension(name);
        var claimed = Claims.GetValueOrDefault(extension);
        if (found is null)
            return (null, claimed is null
                ? $"unsupported file type ({extension.TrimStart('.')} holding binary data); expected PDF, TIFF, PNG, JPEG, a .txt/.md OCR export or a ZIP of those"
                : $"named {extension} but its content is not {claimed} (unrecognised binary data)");
        if (claimed is not null && claimed != found.Name)
            return (null, $"named {extension} but its content is {found.Name}");
        return (found, null);
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) >= 0)
            return false;
        var controls = 0;
        foreach (var b in head)
            if (b < 0x09 || b is > 0x0D and < 0x20)
                controls++;
        return controls * 20 < head.Length; // stray control bytes happen in OCR exports; many mean binary
    }
}
