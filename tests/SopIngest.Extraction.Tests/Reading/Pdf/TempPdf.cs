namespace SopIngest.Extraction.Tests.Reading.Pdf;

/// <summary>A PDF written to a temporary file for the length of a test (the reader takes paths).</summary>
internal sealed class TempPdf : IDisposable
{
    public TempPdf(byte[] bytes)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sopingest-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(Path, bytes);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
