using SopIngest.Core.Layout;
using SopIngest.Ocr.Recognition;

namespace SopIngest.Ocr.Input;

/// <summary>
/// One page of the document being read: already laid out from a good text layer, or an image still to be
/// loaded (lazily, so only the pages being OCRed at the moment are in memory) and read by an engine.
/// </summary>
internal sealed record PageJob(string Source, LayoutPage? Layout, Func<int, PageImage>? Load)
{
    public static PageJob Text(string source, LayoutPage layout) => new(source, layout, null);

    public static PageJob Image(string source, Func<int, PageImage> load) => new(source, null, load);
}
