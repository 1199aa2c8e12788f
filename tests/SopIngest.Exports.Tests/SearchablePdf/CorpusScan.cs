using System.Diagnostics;
using SopIngest.Core.Layout;
using UglyToad.PdfPig;

namespace SopIngest.Exports.Tests.SearchablePdf;

/// <summary>
/// A page of the born-digital corpus SOP <c>synth-1-008-digital.pdf</c>: its image as poppler draws it, its
/// words as PdfPig measures them (what an OCR engine would give for the scan), and its layout as the project's
/// PDF reader builds it (tables whose cells keep text but no word boxes).
/// </summary>
internal static class CorpusScan
{
    public static string PdfPath => Repo.Path("corpus", "scans", "synth-1-008-digital.pdf");

    public static byte[] PageJpeg(int page)
    {
        var prefix = Path.Combine(Path.GetTempPath(), "sopingest-scan-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var a in new[] { "-jpeg", "-r", "100", "-f", $"{page}", "-l", $"{page}", "-singlefile", PdfPath, prefix })
            start.ArgumentList.Add(a);
        using (var p = Process.Start(start)!)
        {
            p.WaitForExit(30_000);
            Assert.Equal(0, p.ExitCode);
        }
        var bytes = File.ReadAllBytes(prefix + ".jpg");
        File.Delete(prefix + ".jpg");
        return bytes;
    }

    /// <summary>The text poppler's <c>pdftotext</c> extracts from a PDF, in its reading order.</summary>
    public static string PdfToText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), "sopingest-text-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { path, "-" })
                start.ArgumentList.Add(a);
            using var p = Process.Start(start)!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit(30_000);
            Assert.Equal(0, p.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The page's words in layout coordinates (points, y down), as one line of measured words.</summary>
    public static LayoutPage WordsPage(int page)
    {
        using var pdf = PdfDocument.Open(PdfPath);
        var p = pdf.GetPage(page);
        var words = p.GetWords()
            .Select(w => new Word(w.Text, new Box(w.BoundingBox.Left, p.Height - w.BoundingBox.Top, w.BoundingBox.Right, p.Height - w.BoundingBox.Bottom), 0.9))
            .ToList();
        return new LayoutPage(page, [new TextLine(string.Join(" ", words.Select(w => w.Text)), null, false, words)], p.Width, p.Height);
    }

    public static LayoutPage ReaderPage(int page) =>
        new SopIngest.Extraction.Reading.Pdf.PdfTextReader().Read(PdfPath).Pages.Single(p => p.Number == page);
}
