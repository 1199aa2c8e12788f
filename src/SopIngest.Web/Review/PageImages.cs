using System.Diagnostics;
using SopIngest.Storage.Files;

namespace SopIngest.Web.Review;

/// <summary>
/// The scan beside the record: a stored document's page as a PNG, drawn once with poppler's
/// <c>pdftoppm</c> (PDFs) and cached by content hash and page; PNG and JPEG files are served as they are.
/// Text exports have no page image. The searchable-PDF export asks for a sharper JPEG of the same page.
/// </summary>
public sealed class PageImages(IFileStore files, string cacheDirectory, int dpi = 110, int exportDpi = 150)
{
    public sealed record PageImage(string Path, string ContentType);

    public static bool HasImages(string kind) => kind is "pdf" or "png" or "jpeg";

    public PageImage? Get(string sha256, string kind, int page)
    {
        switch (kind)
        {
            case "png" when page == 1 && files.Find(sha256, "png") is { } png:
                return new PageImage(png, "image/png");
            case "jpeg" when page == 1 && files.Find(sha256, "jpg") is { } jpg:
                return new PageImage(jpg, "image/jpeg");
            case "pdf" when page >= 1 && files.Find(sha256, "pdf") is { } pdf:
                return Rendered(pdf, sha256, page, dpi, "png", "image/png");
            default:
                return null;
        }
    }

    /// <summary>The page for print: a PDF page drawn as JPEG at the export resolution; PNG and JPEG files as they are.</summary>
    public PageImage? ForExport(string sha256, string kind, int page) =>
        kind == "pdf" && page >= 1 && files.Find(sha256, "pdf") is { } pdf
            ? Rendered(pdf, sha256, page, exportDpi, "jpg", "image/jpeg")
            : Get(sha256, kind, page);

    private PageImage? Rendered(string pdf, string sha256, int page, int resolution, string extension, string contentType)
    {
        var target = System.IO.Path.Combine(cacheDirectory, $"{sha256}-{page}-{resolution}.{extension}");
        return File.Exists(target) || Render(pdf, page, resolution, extension, target) ? new PageImage(target, contentType) : null;
    }

    private bool Render(string pdf, int page, int resolution, string extension, string target)
    {
        Directory.CreateDirectory(cacheDirectory);
        var prefix = target[..^(extension.Length + 1)] + "." + Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, RedirectStandardOutput = true };
        var format = extension == "jpg" ? "-jpeg" : "-png";
        foreach (var a in new[] { format, "-r", resolution.ToString(), "-f", page.ToString(), "-l", page.ToString(), "-singlefile", pdf, prefix })
            start.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(start)!;
            if (!p.WaitForExit(30_000))
            {
                p.Kill(entireProcessTree: true);
                return false;
            }
            var drawn = $"{prefix}.{extension}";
            if (p.ExitCode != 0 || !File.Exists(drawn))
                return false;
            File.Move(drawn, target, overwrite: true);
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // poppler-utils is not installed
        }
    }
}
