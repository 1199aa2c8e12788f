using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Ocr.Recognition;

namespace SopIngest.Ocr.Tests.Reading;

/// <summary>
/// An engine that reads nothing but records what it was given: how many pages, their sizes, and how many page
/// images were alive at once — which is what bounds memory when a long document streams through.
/// </summary>
internal sealed class CountingEngineFactory(int workers = 2) : IOcrEngineFactory
{
    private readonly List<Mat> _seen = [];

    public string Name => "counting";
    public int MaxConcurrency => workers;
    public int Pages { get; private set; }
    public int MaxAlive { get; private set; }
    public List<(int Width, int Height, int Dpi)> Sizes { get; } = [];

    public bool AllDisposed { get { lock (_seen) return _seen.All(m => m.IsDisposed); } }

    public IOcrEngine Create() => new Engine(this);

    private void Saw(PageImage page)
    {
        lock (_seen)
        {
            _seen.Add(page.Gray);
            Pages++;
            Sizes.Add((page.PixelWidth, page.PixelHeight, page.Dpi));
            MaxAlive = Math.Max(MaxAlive, _seen.Count(m => !m.IsDisposed));
        }
    }

    private sealed class Engine(CountingEngineFactory owner) : IOcrEngine
    {
        public OcrPage Recognize(PageImage page)
        {
            owner.Saw(page);
            var box = new Box(0, 0, page.PixelWidth * page.UnitsPerPixel, 10);
            return new OcrPage(new LayoutPage(page.Number, [new TextLine($"page {page.Number}", box)], box.Right, 10));
        }

        public void Dispose() { }
    }
}
