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
/// What an engine read from a page: the layout page (its lines' and table cells' words with their boxes and
/// confidences), the quarter turn it found and the skew it measured, in degrees.
/// </summary>
public sealed record OcrPage(LayoutPage Layout, int Rotation = 0, double Skew = 0)
{
    /// <summary>Every word on the page: free-text lines' and table cells'.</summary>
    public IEnumerable<Word> Words =>
        Layout.Blocks.SelectMany(b => b switch
        {
            TextLine line => line.Words ?? [],
            Table table => table.Cells.SelectMany(c => c.Words ?? []),
            _ => [],
        });
}
