using System.Text;
using SopIngest.Core.Layout;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Writer;

namespace SopIngest.Exports.SearchablePdf;

/// <summary>
/// A searchable PDF of a scanned document: each page is its scan image with the layout's text over it in
/// text render mode 3 (invisible), each word at its box and horizontally scaled to the box's width, so a
/// viewer's search and selection land on the word in the image.
/// </summary>
public sealed class SearchablePdfExporter(SearchablePdfOptions options)
{
    public SearchablePdfExporter() : this(new SearchablePdfOptions()) { }

    public byte[] Export(IReadOnlyList<SearchablePage> pages)
    {
        if (pages.Count == 0)
            throw new ArgumentException("a PDF needs at least one page", nameof(pages));
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var page in pages)
            AddPage(builder, font, page);
        return builder.Build();
    }

    private void AddPage(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont font, SearchablePage page)
    {
        var (width, height) = PageSize(page);
        var pdfPage = builder.AddPage(width, height);
        var whole = new PdfRectangle(0, 0, width, height);
        if (page.Format == ScanImageFormat.Jpeg)
            pdfPage.AddJpeg(page.Image, whole);
        else
            pdfPage.AddPng(page.Image, whole);
        pdfPage.SetTextRenderingMode(TextRenderingMode.Neither);
        foreach (var text in LayoutWords.All(page.Layout))
            AddText(pdfPage, font, ToPoints(OnScan(text.Box, page.Layout), page.PointsPerUnit, height), text.Text);
    }

    private (double Width, double Height) PageSize(SearchablePage page) =>
        page.Layout.Width > 0 && page.Layout.Height > 0
            ? (page.Layout.ScanWidth * page.PointsPerUnit, page.Layout.ScanHeight * page.PointsPerUnit)
            : options.FallbackPageSize;

    /// <summary>
    /// The box moved to where its centre lies on the scan as it is (the layout was read upright and straight);
    /// words stay level, which a search and a selection do not notice at a scan's few degrees. On a page read
    /// sideways a word stays level too: a search still finds it where it lies.
    /// </summary>
    private static Box OnScan(Box box, LayoutPage layout)
    {
        if (layout.Skew == 0 && layout.Rotation == 0) return box;
        var (x, y) = layout.ToScan((box.Left + box.Right) / 2, (box.Top + box.Bottom) / 2);
        var (dx, dy) = (x - (box.Left + box.Right) / 2, y - (box.Top + box.Bottom) / 2);
        return new Box(box.Left + dx, box.Top + dy, box.Right + dx, box.Bottom + dy);
    }

    /// <summary>A layout box (page units, y down) as a PDF rectangle (points, y up).</summary>
    private static PdfRectangle ToPoints(Box box, double scale, double pageHeight) =>
        new(box.Left * scale, pageHeight - box.Bottom * scale, box.Right * scale, pageHeight - box.Top * scale);

    private void AddText(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, PdfRectangle box, string raw)
    {
        var text = WinAnsi(raw);
        var size = Math.Min(box.Height, options.MaxFontSize);
        if (text.Length == 0 || size < options.MinFontSize || box.Width <= 0)
            return;
        // The baseline sits where Helvetica's capitals fill the box's middle.
        var baseline = box.Bottom + (box.Height - size) / 2 + size * 0.22;
        var natural = NaturalWidth(page, font, text, size);
        if (natural <= 0)
            return;
        // Tz is a text-state parameter: it holds for the text object AddText writes next.
        page.CurrentStream.Operations.Add(new SetHorizontalScaling(100 * box.Width / natural));
        page.AddText(text, size, new PdfPoint(box.Left, baseline), font);
    }

    private static double NaturalWidth(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double size)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>
    /// The text in the standard Helvetica's encoding: Latin-1 as it is (é stays), typographic quotes and dashes
    /// as their ASCII forms, anything else as '?'.
    /// </summary>
    internal static string WinAnsi(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ when char.IsControl(c) => ' ',
                _ when c > '\u00FF' => '?',
                _ => c,
            };
            plain.Append(mapped);
        }
        return plain.ToString().Trim();
    }
}
