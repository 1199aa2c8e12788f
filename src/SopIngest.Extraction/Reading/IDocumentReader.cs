using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Reading;

/// <summary>
/// Turns one input file into the layout model. Each reader handles one family of inputs
/// (text exports, born-digital PDFs, scans) and says so from the file's first bytes and name.
/// </summary>
public interface IDocumentReader
{
    /// <summary>True when this reader understands a file starting with <paramref name="head"/> (up to 16 bytes).</summary>
    bool CanRead(string fileName, ReadOnlySpan<byte> head);

    /// <summary>Reads the file. Throws <see cref="UnreadableDocumentException"/> with a user-facing message when it cannot.</summary>
    LayoutDocument Read(string path);
}
