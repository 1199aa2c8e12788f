using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Pipeline;

/// <summary>
/// An optional ability of a reader: reading a document one page at a time, so each page can be its own
/// background job and only the page being read is in memory. Readers without it are read whole.
/// </summary>
public interface IPageReader
{
    /// <summary>
    /// Opens the file and counts its pages. Throws <see cref="Reading.UnreadableDocumentException"/> when the
    /// file as a whole cannot be read (damaged, encrypted, too many pages).
    /// </summary>
    IPagedDocument OpenPages(string path);
}

/// <summary>A document opened for reading page by page.</summary>
public interface IPagedDocument : IDisposable
{
    int PageCount { get; }

    /// <summary>
    /// Reads page <paramref name="number"/> (1-based) into the layout model, numbered as given. Throws
    /// <see cref="Reading.UnreadableDocumentException"/> when this page cannot be read; the others still can.
    /// </summary>
    LayoutPage ReadPage(int number);
}
