using System.Diagnostics;
using OpenCvSharp;
using SopIngest.Extraction.Reading;
using SopIngest.Ocr.Reading;
using SopIngest.Ocr.Recognition;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokens;

namespace SopIngest.Ocr.Input;

/// <summary>
/// A PDF opened for OCR: says per page whether its text layer is good, junk or missing, and gives a page's
/// image — the embedded scan when the page is one (JPEG/DCT straight from the file, Flate and CCITT through
/// PdfPig), else a pdftoppm rendering. PdfPig is not thread-safe, so page access is serialised; decoding is not.
/// </summary>
internal sealed class PdfPages : IDisposable
{
    // An image covering this share of the page is the page's scan.
    private const double ScanCoverage = 0.85;

    // PdfPig keeps every object it parsed; reopening now and then keeps a long document's memory flat.
    private const int PagesPerOpening = 40;

    private PdfDocument _document;
    private FileStream _stream;
    private int _pagesSinceOpening;
    private readonly string _path;
    private readonly string _name;
    private readonly OcrReaderOptions _options;
    private readonly Lock _gate = new();

    private PdfPages(FileStream stream, PdfDocument document, string path, string name, OcrReaderOptions options)
    {
        _stream = stream;
        _document = document;
        _path = path;
        _name = name;
        _options = options;
    }

    public int Count => _document.NumberOfPages;

    public static PdfPages Open(string path, string name, OcrReaderOptions options)
    {
        PdfDocument document;
        // From a stream, so the file is read as pages need it rather than held whole in memory.
        var stream = File.OpenRead(path);
        try
        {
            document = OpenDocument(stream);
        }
        catch (PdfDocumentEncryptedException e)
        {
            stream.Dispose();
            throw new UnreadableDocumentException(
                $"the PDF {name} is encrypted; it needs a password to open, so save an unprotected copy and try again", 0, e);
        }
        catch (Exception e) when (e is not UnreadableDocumentException and not OutOfMemoryException)
        {
            stream.Dispose();
            throw new UnreadableDocumentException($"the PDF {name} is damaged or truncated and could not be parsed ({e.Message})", 0, e);
        }
        if (document.NumberOfPages == 0)
        {
            document.Dispose();
            stream.Dispose();
            throw new UnreadableDocumentException($"the PDF {name} has no pages");
        }
        if (document.NumberOfPages > options.MaxPages)
        {
            var count = document.NumberOfPages;
            document.Dispose();
            stream.Dispose();
            throw new UnreadableDocumentException($"the PDF {name} has {count} pages, more than the {options.MaxPages} accepted", count);
        }
        return new PdfPages(stream, document, path, name, options);
    }

    private static PdfDocument OpenDocument(Stream stream) =>
        // Government PDFs often reference fonts they do not embed; the text is still there, so carry on.
        PdfDocument.Open(stream, new ParsingOptions { SkipMissingFonts = true });

    /// <summary>The page, from a document reopened every few dozen pages (callers hold the lock).</summary>
    private Page GetPage(int pageNumber)
    {
        if (++_pagesSinceOpening > PagesPerOpening)
        {
            _document.Dispose();
            _stream.Position = 0;
            _document = OpenDocument(_stream);
            _pagesSinceOpening = 1;
        }
        return _document.GetPage(pageNumber);
    }

    public TextLayer Judge(int pageNumber)
    {
        lock (_gate)
        {
            var page = GetPage(pageNumber);
            // Tokens from the letters directly (spaces, gaps, line changes): far cheaper than PdfPig's word
            // grouping, which the born-digital reader does anyway for the pages it gets.
            var words = Tokens(page.Letters);
            return TextLayerQuality.Judge(words, _options.MinGoodTokenShare);
        }
    }

    private static List<string> Tokens(IReadOnlyList<Letter> letters)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        Letter? previous = null;
        foreach (var letter in letters)
        {
            var gap = previous == null ? 0 : letter.StartBaseLine.X - previous.EndBaseLine.X;
            var newLine = previous != null && Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.5 * Math.Max(1, letter.PointSize);
            if (string.IsNullOrWhiteSpace(letter.Value) || newLine || gap > 0.25 * Math.Max(1, letter.PointSize) || gap < -1)
            {
                if (current.Length > 0) tokens.Add(current.ToString());
                current.Clear();
            }
            if (!string.IsNullOrWhiteSpace(letter.Value)) current.Append(letter.Value);
            previous = letter;
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    /// <summary>The page as a grey image; <paramref name="number"/> is its number in the document being built.</summary>
    public PageImage Image(int pageNumber, int number)
    {
        double width, height;
        byte[]? encoded = null;
        lock (_gate)
        {
            var page = GetPage(pageNumber);
            (width, height) = (page.Width, page.Height);
            var scan = page.GetImages().Where(i => !i.IsImageMask || i.BitsPerComponent == 1)
                .MaxBy(i => i.Bounds.Width * i.Bounds.Height);
            if (scan != null && scan.Bounds.Width * scan.Bounds.Height >= ScanCoverage * width * height)
            {
                ImagePages.CheckPixels(scan.WidthInSamples, scan.HeightInSamples, $"page {pageNumber} of {_name}", _options);
                encoded = Encoded(scan);
            }
        }
        // In its own colours: colour is the clue to a stamp's ink (PageColour). Rendered pages are drawn grey.
        var scanned = encoded == null ? null : Cv2.ImDecode(encoded, ImreadModes.AnyColor);
        if (scanned == null || scanned.Empty())
        {
            scanned?.Dispose();
            ImagePages.CheckPixels((long)(width / 72 * _options.RenderDpi), (long)(height / 72 * _options.RenderDpi),
                $"page {pageNumber} of {_name} at {_options.RenderDpi} dpi", _options);
            scanned = Render(pageNumber);
        }
        // Scale from pixels to PDF points, long side to long side, whichever way the scan was turned.
        var unitsPerPixel = Math.Max(width, height) / Math.Max(scanned.Width, scanned.Height);
        var dpi = (int)Math.Clamp(Math.Round(72 / unitsPerPixel), 70, 1200);
        return PageImage.FromDecoded(number, scanned, dpi, unitsPerPixel, encoded);
    }

    /// <summary>A file OpenCV can decode: the JPEG itself for DCT images, a PNG from PdfPig for the rest it decodes.</summary>
    private static byte[]? Encoded(IPdfImage image)
    {
        if (HasFilter(image, "DCTDecode")) return image.RawMemory.ToArray();
        if (HasFilter(image, "JPXDecode") || HasFilter(image, "JBIG2Decode")) return null;
        try
        {
            return image.TryGetPng(out var png) ? png : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // an image PdfPig cannot decode is rendered by pdftoppm instead
        }
    }

    private static bool HasFilter(IPdfImage image, string filter)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var token)) return false;
        return token switch
        {
            NameToken name => name.Data == filter,
            ArrayToken array => array.Data.OfType<NameToken>().Any(n => n.Data == filter),
            _ => false,
        };
    }

    private Mat Render(int pageNumber)
    {
        var dir = Directory.CreateTempSubdirectory("sopingest-render-");
        try
        {
            var start = new ProcessStartInfo(_options.PdfToPpm)
            {
                ArgumentList = { "-r", _options.RenderDpi.ToString(), "-gray", "-png", "-singlefile", "-f", pageNumber.ToString(), "-l", pageNumber.ToString(), _path, Path.Combine(dir.FullName, "page") },
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var file = Path.Combine(dir.FullName, "page.png");
            if (process.ExitCode != 0 || !File.Exists(file))
                throw new UnreadableDocumentException($"page {pageNumber} of {_name} could not be rendered ({error.Trim()})");
            var gray = Cv2.ImRead(file, ImreadModes.Grayscale);
            if (gray.Empty()) throw new UnreadableDocumentException($"page {pageNumber} of {_name} rendered to an unreadable image");
            return gray;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new UnreadableDocumentException($"pdftoppm is not installed (poppler-utils); page {pageNumber} of {_name} cannot be rendered", 0, e);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }
}
