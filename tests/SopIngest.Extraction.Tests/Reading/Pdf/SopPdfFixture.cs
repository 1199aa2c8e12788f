using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SopIngest.Extraction.Tests.Reading.Pdf;

/// <summary>
/// Writes a one-page SOP the way Word exports one: a letterhead, a ruled procedure table with merged header
/// cells, wrapped text, a list, and flowchart boxes with connectors crossing the rules.
/// Also owns the checked-in copy at Fixtures/born-digital-sop.pdf.
/// </summary>
internal static class SopPdfFixture
{
    public const double PageHeight = 595; // A4 landscape, the usual orientation for SOP flowchart tables

    // Grid lines in PDF points (bottom-left origin, as the writer wants them).
    public static readonly double[] Xs = [30, 60, 260, 330, 400, 470, 560, 620, 690, 800];
    public static readonly double[] Ys = [500, 485, 470, 440, 410, 380];

    public static string FixturePath => Path.Combine(Repo.Root, "tests", "SopIngest.Extraction.Tests", "Fixtures", "born-digital-sop.pdf");

    public static void WriteFixture() => File.WriteAllBytes(FixturePath, Build());

    public static byte[] Build(int emptyPagesAfter = 0)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(842, PageHeight);
        page.AddText("PEMERINTAH KOTA BONTANG", 12, new PdfPoint(30, 560), bold);
        page.AddText("DINAS KETENAGAKERJAAN", 12, new PdfPoint(30, 544), bold);
        page.AddText("Nomor SOP : 067/1/001", 10, new PdfPoint(30, 525), regular);
        DrawRules(page);
        DrawFlowchart(page);
        foreach (var (row, col, lines) in CellTexts())
            for (var i = 0; i < lines.Length; i++)
                page.AddText(lines[i], 8, new PdfPoint(Xs[col] + 3, Ys[row] - 10 - 10 * i), regular);
        page.AddText("Disahkan oleh Kepala Dinas", 10, new PdfPoint(30, 360), regular);
        for (var i = 0; i < emptyPagesAfter; i++) builder.AddPage(842, PageHeight).DrawRectangle(new PdfPoint(50, 50), 700, 400);
        return builder.Build();
    }

    private static IEnumerable<(int Row, int Col, string[] Lines)> CellTexts() =>
    [
        (0, 0, ["No"]), (0, 1, ["Kegiatan"]), (0, 2, ["Pelaksana"]), (0, 5, ["Mutu Baku"]), (0, 8, ["Keterangan"]),
        (1, 2, ["Kepala Dinas"]), (1, 3, ["Kepala Bidang"]), (1, 4, ["Staf"]),
        (1, 5, ["Kelengkapan"]), (1, 6, ["Waktu"]), (1, 7, ["Output"]),
        (2, 0, ["1"]), (2, 1, ["Menerima surat permohonan"]), (2, 5, ["Surat permohonan"]), (2, 6, ["15 menit"]), (2, 7, ["Disposisi"]),
        (3, 0, ["2"]), (3, 1, ["Menyusun rancangan keputusan", "dan jadwal rapat koordinasi"]),
        (3, 5, ["Draf SK"]), (3, 6, ["1 hari"]), (3, 7, ["Draf SK"]), (3, 8, ["Diparaf"]),
        (4, 0, ["3"]), (4, 1, ["Mengundang peserta rapat"]), (4, 5, ["- SK Tim", "- Undangan"]), (4, 6, ["2 hari"]), (4, 7, ["Terkirim"]),
    ];

    private static void DrawRules(PdfPageBuilder page)
    {
        page.DrawRectangle(new PdfPoint(Xs[0], Ys[^1]), Xs[^1] - Xs[0], Ys[0] - Ys[^1], 0.75);
        // The header's bottom rule as a thin filled bar, as Word draws thick borders.
        page.DrawRectangle(new PdfPoint(Xs[0], Ys[2] - 0.4), Xs[^1] - Xs[0], 0.8, 0.1, fill: true);
        foreach (var y in new[] { Ys[3], Ys[4] }) HLine(page, y, Xs[0], Xs[^1]);
        HLine(page, Ys[1], Xs[2], Xs[8]); // under "Pelaksana" and "Mutu Baku" only
        foreach (var x in new[] { Xs[1], Xs[2], Xs[5], Xs[8] }) VLine(page, x, Ys[0], Ys[^1]);
        foreach (var x in new[] { Xs[3], Xs[4], Xs[6], Xs[7] }) VLine(page, x, Ys[1], Ys[^1]); // below the merged headers
    }

    // Boxes in the actor columns joined by elbow connectors that cross a row rule and a column rule.
    private static void DrawFlowchart(PdfPageBuilder page)
    {
        page.DrawRectangle(new PdfPoint(280, 448), 30, 14, 0.5);
        page.DrawRectangle(new PdfPoint(350, 418), 30, 14, 0.5);
        page.DrawRectangle(new PdfPoint(420, 388), 30, 14, 0.5);
        VLine(page, 295, 448, 425);
        HLine(page, 425, 295, 350);
        VLine(page, 365, 418, 395);
        HLine(page, 395, 365, 420);
    }

    private static void HLine(PdfPageBuilder page, double y, double x1, double x2) =>
        page.DrawLine(new PdfPoint(x1, y), new PdfPoint(x2, y), 0.5);

    private static void VLine(PdfPageBuilder page, double x, double y1, double y2) =>
        page.DrawLine(new PdfPoint(x, y1), new PdfPoint(x, y2), 0.5);
}
