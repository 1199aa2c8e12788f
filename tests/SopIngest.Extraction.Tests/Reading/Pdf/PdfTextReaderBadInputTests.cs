using SopIngest.Core.Layout;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Reading.Pdf;

namespace SopIngest.Extraction.Tests.Reading.Pdf;

public sealed class PdfTextReaderBadInputTests
{
    private static UnreadableDocumentException ReadFails(byte[] bytes)
    {
        using var pdf = new TempPdf(bytes);
        return Assert.Throws<UnreadableDocumentException>(() => new PdfTextReader().Read(pdf.Path));
    }

    [Fact]
    public void Encrypted_pdf_is_refused_with_a_clear_message()
    {
        var error = ReadFails(MinimalPdf.Encrypted());
        Assert.StartsWith("the PDF is encrypted; ", error.Message);
    }

    [Fact]
    public void The_hand_written_pdf_is_readable_without_its_encrypt_entry()
    {
        // Guards the encrypted test: it must fail because of /Encrypt, not because the hand-written file is broken.
        using var pdf = new TempPdf(MinimalPdf.Plain());
        var line = Assert.IsType<TextLine>(Assert.Single(new PdfTextReader().Read(pdf.Path).Pages[0].Blocks));
        Assert.Equal("Hello", line.Text);
    }

    [Fact]
    public void Truncated_pdf_is_reported_as_damaged()
    {
        var whole = SopPdfFixture.Build();
        var error = ReadFails(whole[..(whole.Length / 2)]);
        Assert.StartsWith("the PDF is damaged or truncated", error.Message);
    }

    [Fact]
    public void Pdf_header_followed_by_garbage_is_reported_as_damaged()
    {
        var error = ReadFails("%PDF-1.7\nthis is not a pdf at all\n"u8.ToArray());
        Assert.StartsWith("the PDF is damaged or truncated", error.Message);
    }

    [Fact]
    public void File_without_any_text_layer_needs_ocr()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(595, 842).DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600);
        builder.AddPage(595, 842);

        var error = ReadFails(builder.Build());

        Assert.Equal("page 1 has no text layer; scanned pages need OCR, which this build does not do yet", error.Message);
        Assert.Equal(2, error.PageCount);
    }

    [Fact]
    public void A_page_without_text_next_to_typed_pages_is_just_empty()
    {
        using var pdf = new TempPdf(SopPdfFixture.Build(emptyPagesAfter: 1));

        var pages = new PdfTextReader().Read(pdf.Path).Pages;

        Assert.Equal([1, 2], pages.Select(p => p.Number));
        Assert.NotEmpty(pages[0].Blocks);
        Assert.Empty(pages[1].Blocks); // its lone frame is one ruled box, not a table
    }

    [Fact]
    public void Missing_file_is_unreadable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sopingest-missing-{Guid.NewGuid():N}.pdf");
        var error = Assert.Throws<UnreadableDocumentException>(() => new PdfTextReader().Read(path));
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void Too_many_pages_are_refused()
    {
        using var pdf = new TempPdf(SopPdfFixture.Build(emptyPagesAfter: 2));
        var reader = new PdfTextReader(new PdfTextReaderOptions { MaxPages = 2 });

        var error = Assert.Throws<UnreadableDocumentException>(() => reader.Read(pdf.Path));

        Assert.Contains("3 pages", error.Message);
        Assert.Equal(3, error.PageCount);
    }

    [Theory]
    [InlineData("%PDF-1.7\n%", true)]
    [InlineData("\n%PDF-1.4", true)]
    [InlineData("PK\u0003\u0004", false)]
    [InlineData("No Kegiatan", false)]
    public void CanRead_looks_for_the_pdf_header(string head, bool expected) =>
        Assert.Equal(expected, new PdfTextReader().CanRead("x.pdf", System.Text.Encoding.ASCII.GetBytes(head)));
}
