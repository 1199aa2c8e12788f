using SopIngest.Core.Layout;

namespace SopIngest.Ocr.Recognition;

/// <summary>
/// Reads one page image into the layout model: text lines and ruled tables, in page coordinates
/// (pixels × <see cref="PageImage.UnitsPerPixel"/>), with each word's confidence. An engine instance is used by
/// one thread at a time and reused for many pages.
/// </summary>
public interface IOcrEngine : IDisposable
{
    OcrPage Recognize(PageImage page);
}

/// <summary>Makes engines: one per worker. <see cref="MaxConcurrency"/> is how many workers make sense.</summary>
public interface IOcrEngineFactory
{
    string Name { get; }

    int MaxConcurrency { get; }

    IOcrEngine Create();
}

/// <summary>
/// What an engine read from a page: the layout page, and the words of each table cell with their boxes and
/// confidences (the layout model keeps only cell text), for the swimlane stage and reviewers.
/// </summary>
public sealed record OcrPage(LayoutPage Layout, IReadOnlyList<CellWords> CellWords, int Rotation = 0, double Skew = 0)
{
    /// <summary>Every word on the page: free-text lines' and table cells'.</summary>
    public IEnumerable<Word> Words =>
        Layout.Blocks.OfType<TextLine>().SelectMany(l => l.Words ?? []).Concat(CellWords.SelectMany(c => c.Words));
}

/// <summary>The words read in one table cell; <paramref name="Table"/> indexes the page's tables in block order.</summary>
public sealed record CellWords(int Table, int Row, int Column, IReadOnlyList<Word> Words);
