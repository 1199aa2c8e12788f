using System.Text;
using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Reading.Export;

/// <summary>
/// Reads the markdown-like text an OCR service exports for a scanned archive: headings and lines,
/// tab-separated tables whose cells may hold HTML. Pages are recovered from runs of blank lines.
/// </summary>
public sealed class ExportTextReader(ExportTextReaderOptions options) : IDocumentReader
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown"];

    public ExportTextReader() : this(new ExportTextReaderOptions()) { }

    public bool CanRead(string fileName, ReadOnlySpan<byte> head) =>
        Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()) && head.IndexOf((byte)0) < 0;

    public LayoutDocument Read(string path)
    {
        var info = new FileInfo(path);
        if (info.Length == 0)
            throw new UnreadableDocumentException("the file is empty");
        if (info.Length > options.MaxBytes)
            throw new UnreadableDocumentException($"the file is {info.Length / 1048576} MiB; text exports above {options.MaxBytes / 1048576} MiB are refused");
        var text = DecodeStrict(File.ReadAllBytes(path));
        var pages = SplitPages(text.Replace("\r\n", "\n").Split('\n'))
            .Select((lines, i) => new LayoutPage(i + 1, ExportPageParser.Parse(lines)))
            .Where(p => p.Blocks.Count > 0)
            .Select((p, i) => p with { Number = i + 1 })
            .ToList();
        return new LayoutDocument(Path.GetFileName(path), pages);
    }

    private static string DecodeStrict(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableDocumentException("the file is not UTF-8 text (binary data or another encoding)");
        }
    }

    private IEnumerable<List<string>> SplitPages(string[] lines)
    {
        var page = new List<string>();
        var blanks = 0;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line) && !line.Contains('\t'))
            {
                blanks++;
                continue;
            }
            if (blanks >= options.BlankLinesPerPageBreak && page.Count > 0)
            {
                yield return page;
                page = [];
            }
            else if (blanks > 0)
                page.Add("");
            blanks = 0;
            page.Add(line);
        }
        if (page.Count > 0)
            yield return page;
    }
}
