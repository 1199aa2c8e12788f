namespace SopIngest.Extraction.Reading;

/// <summary>A file this project cannot read, with a message meant for the person who supplied it.</summary>
public sealed class UnreadableDocumentException(string message, int pageCount = 0, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>Pages the file was found to have before reading stopped (0 when unknown).</summary>
    public int PageCount { get; } = pageCount;
}
