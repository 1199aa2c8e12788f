using SopIngest.Core.Layout;
using SopIngest.Ocr.Recognition;

namespace SopIngest.Ocr.Input;

/// <summary>
/// One page of the document being read, loaded only when it is read (so only the pages being read at the
/// moment are in memory). <see cref="Load"/> takes the page's number in the document being built.
/// </summary>
internal sealed record PageJob(string Source, Func<int, PageInput> Load);

/// <summary>A loaded page: already laid out from a good text layer, or an image for an engine to read.</summary>
internal sealed record PageInput(LayoutPage? Layout, PageImage? Image)
{
    public static PageInput Text(LayoutPage layout) => new(layout, null);

    public static PageInput Scan(PageImage image) => new(null, image);
}
