using SopIngest.Core.Layout;
using SopIngest.Extraction.Pipeline;
using SopIngest.Ocr.Input;
using SopIngest.Ocr.Recognition;

namespace SopIngest.Ocr.Reading;

/// <summary>A document opened by <see cref="OcrDocumentReader"/>: its pages, each loaded and read only when asked for.</summary>
internal sealed class OcrPages(IReadOnlyList<PageJob> jobs, ReadScope scope, Func<PageImage, LayoutPage> recognize) : IPagedDocument
{
    public int PageCount => jobs.Count;

    public LayoutPage ReadPage(int number)
    {
        if (number < 1 || number > jobs.Count)
            throw new ArgumentOutOfRangeException(nameof(number), number, $"the document has {jobs.Count} pages");
        var input = jobs[number - 1].Load(number);
        return input.Layout is { } layout ? layout with { Number = number } : recognize(input.Image!);
    }

    public void Dispose() => scope.Dispose();
}
