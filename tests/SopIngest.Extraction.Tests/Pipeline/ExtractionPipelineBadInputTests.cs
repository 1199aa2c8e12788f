namespace SopIngest.Extraction.Tests.Pipeline;

/// <summary>Bad input gives a clear error in the result, never an exception.</summary>
public sealed class ExtractionPipelineBadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sopingest-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Extract_ReportsEmptyFile()
    {
        var result = Corpus.NewPipeline().Extract(Write("empty.txt", []));

        Assert.Equal("the file is empty", result.Error);
        Assert.Matches("^[0-9a-f]{64}$", result.Sha256);
    }

    [Fact]
    public void Extract_ReportsBinaryGarbage_WithWhatItHolds()
    {
        var garbage = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray();

        var result = Corpus.NewPipeline().Extract(Write("garbage.txt", garbage));

        Assert.Contains("binary data", result.Error);
        Assert.Empty(result.Records);
    }

    [Fact]
    public void Extract_ReportsTextWithoutSop_AndKeepsItsText()
    {
        var result = Corpus.NewPipeline().Extract(Write("notes.txt", "Rapat koordinasi hari Senin.\nTidak ada SOP di sini.\n"u8.ToArray()));

        Assert.Contains("no SOP", result.Error);
        Assert.Single(result.OtherPages);
    }

    [Fact]
    public void Extract_ReportsPdfWithoutTextLayer()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(595, 842).DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600);

        var result = Corpus.NewPipeline().Extract(Write("scan.pdf", builder.Build()));

        Assert.Contains("no text layer", result.Error);
    }

    [Fact]
    public void Extract_ReportsEncryptedPdf()
    {
        var result = Corpus.NewPipeline().Extract(Write("locked.pdf", MinimalPdf.Encrypted()));

        Assert.Contains("encrypted", result.Error);
    }

    [Fact]
    public void Extract_ReportsImageInput_AsNeedingOcr()
    {
        var result = Corpus.NewPipeline().Extract(Write("page.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));

        Assert.Contains("OCR", result.Error);
    }
}
