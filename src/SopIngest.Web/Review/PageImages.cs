using System.Diagnostics;
using SopIngest.Storage.Files;

namespace SopIngest.Web.Review;

/// <summary>
/// The scan beside the record: a stored document's page as a PNG, drawn once with poppler's
/// <c>pdftoppm</c> (PDFs) and cached by content hash and page; PNG and JPEG files are served as they are.
/// Text exports have no page image.
/// </summary>
public sealed class PageImages(IFileStore files, string cacheDirectory, int dpi = 110)
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
                var target = System.IO.Path.Combine(cacheDirectory, $"{sha256}-{page}-{dpi}.png");
                if (File.Exists(target) || Render(pdf, page, target))
                    return new PageImage(target, "image/png");
                return null;
            default:
                return null;
        }
    }

    private bool Render(string pdf, int page, string target)
    {
        Directory.CreateDirectory(cacheDirectory);
        var prefix = target[..^4] + "." + Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-png", "-r", dpi.ToString(), "-f", page.ToString(), "-l", page.ToString(), "-singlefile", pdf, prefix })
            start.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(start)!;
            if (!p.WaitForExit(30_000))
            {
                p.Kill(entireProcessTree: true);
                return false;
            }
            if (p.ExitCode != 0 || !File.Exists(prefix + ".png"))
                return false;
            File.Move(prefix + ".png", target, overwrite: true);
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // poppler-utils is not installed
        }
    }
}
