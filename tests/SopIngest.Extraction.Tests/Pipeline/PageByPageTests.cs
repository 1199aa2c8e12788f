using SopIngest.Core.Json;
using SopIngest.Core.Layout;
using SopIngest.Extraction.Pipeline;
using SopIngest.Extraction.Reading.Export;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Tests.Pipeline;

/// <summary>
/// Background jobs read a document page by page, store each page's layout as JSON, then assemble: that road
/// must end where <see cref="ExtractionPipeline.Extract"/> ends, on real documents.
/// </summary>
public sealed class PageByPageTests
{
    private static readonly ExtractionPipeline Pipeline = new(
        [new ExportTextReader(new()), new PdfTextReader()], new RecordBuilder(), []);

    [Fact]
    public void PagesReadOneByOne_StoredAsJson_AndAssembled_GiveTheSameRecordsAsOneExtract()
    {
        var path = Repo.Path("corpus", "scans", "synth-1-009-digital.pdf");
        var opened = Pipeline.Open(path);
        using var pages = ExtractionPipeline.OpenPages(opened)!;

        var stored = Enumerable.Range(1, pages.PageCount).Reverse()
            .Select(n => SopJson.Serialize(pages.ReadPage(n), indented: false)).ToList();
        var assembled = Pipeline.Assemble(opened.Input, stored.Select(json => PageReading.Read(SopJson.Deserialize<LayoutPage>(json))).ToList());

        Assert.Equal(9, pages.PageCount);
        Assert.NotEmpty(assembled.Records);
        Assert.Equal(SopJson.Serialize(Pipeline.Extract(path)), SopJson.Serialize(assembled));
    }

    [Fact]
    public void TextExport_IsReadWhole_NotPageByPage()
    {
        var opened = Pipeline.Open(Directory.GetFiles(Repo.Path("corpus", "ocr-exports"), "*.txt").Order().First());

        Assert.Null(opened.Failure);
        Assert.Null(ExtractionPipeline.OpenPages(opened));
    }

    [Fact]
    public void Assemble_FailsWithTheFirstPagesReason_WhenNoPageCouldBeRead()
    {
        var opened = Pipeline.Open(Repo.Path("corpus", "scans", "synth-1-000.pdf"));
        using var pages = ExtractionPipeline.OpenPages(opened)!;
        var readings = Enumerable.Range(1, pages.PageCount)
            .Select(n => Record.Exception(() => pages.ReadPage(n)) is { } e ? PageReading.Unreadable(n, e.Message) : null)
            .ToList();

        var result = Pipeline.Assemble(opened.Input, readings!);

        Assert.All(readings, r => Assert.NotNull(r)); // an image-only scan: no page has a text layer
        Assert.Equal("page 1 has no text layer; scanned pages need OCR", result.Error);
        Assert.Equal(pages.PageCount, result.PageCount);
        Assert.Empty(result.Records);
    }
}
