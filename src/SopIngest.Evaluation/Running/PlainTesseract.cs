using System.Diagnostics;

namespace SopIngest.Evaluation.Running;

/// <summary>
/// The baseline the OCR stage must beat: plain <c>tesseract IMG stdout -l ind</c> on each page image of a file,
/// the images taken out of the PDF as <c>scripts/bench</c> takes them (<c>pdfimages -j</c>), or rendered at
/// 300 dpi (<c>pdftoppm</c>) when the PDF does not hold one image per page (born-digital pages).
/// </summary>
internal static class PlainTesseract
{
    /// <summary>The page texts joined, or null when the tools are missing or fail.</summary>
    public static string? Read(string pdf, int pageCount)
    {
        var work = Directory.CreateTempSubdirectory("sopingest-eval-");
        try
        {
            var images = PageImages(pdf, pageCount, work.FullName);
            if (images is null) return null;
            var texts = new List<string>();
            foreach (var image in images)
                if (Run("tesseract", [image, "stdout", "-l", "ind"]) is { } text) texts.Add(text);
                else return null;
            return string.Join("\n", texts);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static IReadOnlyList<string>? PageImages(string pdf, int pageCount, string dir)
    {
        if (Run("pdfimages", ["-j", pdf, Path.Combine(dir, "p")]) is null) return null;
        var images = Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToList();
        if (images.Count == pageCount) return images;
        foreach (var image in images) File.Delete(image);
        if (Run("pdftoppm", ["-r", "300", "-gray", "-png", pdf, Path.Combine(dir, "r")]) is null) return null;
        return Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToList();
    }

    private static string? Run(string tool, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        // One thread, as scripts/bench runs it: OpenMP on a small machine costs more than it gives.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // the tool is not installed
        }
    }
}
