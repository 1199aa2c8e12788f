using SopIngest.Core.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using PdfPigWord = UglyToad.PdfPig.Content.Word;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// The only place that talks to PdfPig: opens the file and copies each page's words, rules and flowchart shapes into
/// <see cref="PdfPageContent"/>. Parser failures become <see cref="UnreadableDocumentException"/> here,
/// so errors in the layout code are never mistaken for a damaged file.
/// </summary>
internal static class PdfContentLoader
{
    public static IReadOnlyList<PdfPageContent> Load(string path, PdfTextReaderOptions options) =>
        Guarded(() =>
        {
            using var document = Open(path, options);
            return document.GetPages().Select(page => ReadPage(page, options)).ToList();
        });

    /// <summary>The document, open for reading page by page with <see cref="LoadPage"/>; checked against the page limit.</summary>
    public static PdfDocument Open(string path, PdfTextReaderOptions options) =>
        Guarded(() =>
        {
            // Government PDFs often reference fonts they do not embed; the text is still there, so carry on.
            var document = PdfDocument.Open(path, new ParsingOptions { SkipMissingFonts = true });
            if (document.NumberOfPages <= options.MaxPages)
                return document;
            var count = document.NumberOfPages;
            document.Dispose();
            throw new UnreadableDocumentException(
                $"the PDF has {count} pages, more than the {options.MaxPages} this reader accepts; "
                + "split it into one file per SOP", count);
        });

    public static PdfPageContent LoadPage(PdfDocument document, int number, PdfTextReaderOptions options) =>
        Guarded(() => ReadPage(document.GetPage(number), options));

    private static T Guarded<T>(Func<T> load)
    {
        try
        {
            return load();
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableDocumentException(
                "the PDF is encrypted; it needs a password to open, so save an unprotected copy and try again", 0, e);
        }
        catch (Exception e) when (e is not UnreadableDocumentException && IsParserFailure(e))
        {
            throw new UnreadableDocumentException(
                $"the PDF is damaged or truncated and could not be parsed ({e.Message})", 0, e);
        }
    }

    // PdfPig reports broken files with its own format exception but also with the BCL's parsing and range errors.
    private static bool IsParserFailure(Exception e) =>
        e is PdfDocumentFormatException or FormatException or InvalidOperationException or ArgumentException
            or IndexOutOfRangeException or NullReferenceException or InvalidCastException
            or KeyNotFoundException or EndOfStreamException;

    private static PdfPageContent ReadPage(Page page, PdfTextReaderOptions options)
    {
        var words = page.GetWords()
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => ToPageWord(w, page.Height))
            .ToList();
        var rulings = RulingExtractor.Extract(page.Paths, page.Height, options);
        var shapes = ShapeExtractor.Extract(page.Paths, page.Height);
        return new PdfPageContent(page.Number, page.Width, page.Height, words, rulings, shapes);
    }

    private static PageWord ToPageWord(PdfPigWord word, double pageHeight)
    {
        var first = word.Letters[0];
        var box = ToBox(word.BoundingBox, pageHeight);
        var bold = word.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true;
        return new PageWord(word.Text, box, pageHeight - first.StartBaseLine.Y, first.PointSize, bold);
    }

    /// <summary>PdfPig measures from the bottom-left corner; the layout model from the top-left.</summary>
    internal static Box ToBox(PdfRectangle r, double pageHeight) =>
        new(r.Left, pageHeight - r.Top, r.Right, pageHeight - r.Bottom);
}
