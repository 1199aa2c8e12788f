using SopIngest.Core.Layout;
using SopIngest.Extraction.Reading.Pdf;

namespace SopIngest.Extraction.Tests.Reading.Pdf;

public sealed class PdfTextReaderSopTests
{
    private static LayoutPage ReadGeneratedSop()
    {
        using var pdf = new TempPdf(SopPdfFixture.Build());
        return Assert.Single(new PdfTextReader().Read(pdf.Path).Pages);
    }

    [Fact]
    public void Reads_letterhead_lines_then_table_then_footer_in_order()
    {
        var page = ReadGeneratedSop();

        var kinds = page.Blocks.Select(b => b is TextLine l ? l.Text : "<table>").ToList();
        Assert.Equal(
            ["PEMERINTAH KOTA BONTANG", "DINAS KETENAGAKERJAAN", "Nomor SOP : 067/1/001", "<table>", "Disahkan oleh Kepala Dinas"],
            kinds);
        var lines = page.Blocks.OfType<TextLine>().ToList();
        Assert.Equal([true, true, false, false], lines.Select(l => l.Emphasis));
        Assert.Equal(["Nomor", "SOP", ":", "067/1/001"], lines[2].Words!.Select(w => w.Text));
    }

    [Fact]
    public void Converts_boxes_to_top_left_origin()
    {
        var page = ReadGeneratedSop();

        Assert.Equal(842, page.Width);
        Assert.Equal(595, page.Height);
        var heading = (TextLine)page.Blocks[0];
        Assert.InRange(heading.Box!.Bottom, 34, 36); // baseline 560 from the bottom is 35 from the top
        Assert.True(heading.Box.Top < heading.Box.Bottom);
        var table = page.Blocks.OfType<Table>().Single();
        Assert.Equal(new Box(30, 95, 800, 215), table.Box);
    }

    [Fact]
    public void Finds_merged_header_cells_of_the_procedure_table()
    {
        var table = ReadGeneratedSop().Blocks.OfType<Table>().Single();
        AssertSopTable(table);
    }

    [Fact]
    public void Keeps_wrapped_lines_together_and_list_items_apart()
    {
        var table = ReadGeneratedSop().Blocks.OfType<Table>().Single();

        Assert.Equal(["Menyusun rancangan keputusan dan jadwal rapat koordinasi"], Cell(table, 3, 1).Paragraphs);
        Assert.Equal(["- SK Tim", "- Undangan"], Cell(table, 4, 5).Paragraphs);
        Assert.Equal("- SK Tim - Undangan", Cell(table, 4, 5).Text);
    }

    [Fact]
    public void Table_words_are_not_repeated_as_text_lines()
    {
        var lines = ReadGeneratedSop().Blocks.OfType<TextLine>().Select(l => l.Text);
        Assert.DoesNotContain(lines, l => l.Contains("Kegiatan") || l.Contains("Pelaksana") || l.Contains("SK Tim"));
    }

    [Fact]
    public void Checked_in_fixture_is_the_generated_sop()
    {
        // The fixture is not rewritten on every run (PdfPig stamps a fresh /ID); set SOPINGEST_REGENERATE=1 to rewrite it.
        if (Environment.GetEnvironmentVariable("SOPINGEST_REGENERATE") == "1") SopPdfFixture.WriteFixture();
        Assert.True(File.Exists(SopPdfFixture.FixturePath), $"missing {SopPdfFixture.FixturePath}; run the tests with SOPINGEST_REGENERATE=1");

        var document = new PdfTextReader().Read(SopPdfFixture.FixturePath);

        AssertSopTable(Assert.Single(document.Pages).Blocks.OfType<Table>().Single());
    }

    internal static void AssertSopTable(Table table)
    {
        Assert.Equal(9, table.ColumnCount); // No, Kegiatan, 3 actors, 3 Mutu Baku, Keterangan
        Assert.Equal(5, table.RowCount);
        Assert.Equal(["No", "Kegiatan", "Pelaksana", "Mutu Baku", "Keterangan"], table.Row(0).Select(c => c.Text));
        Assert.Equal([0, 1, 2, 5, 8], table.Row(0).Select(c => c.Column));
        Assert.Equal((1, 3), (Cell(table, 0, 2).RowSpan, Cell(table, 0, 2).ColumnSpan));
        Assert.Equal((1, 3), (Cell(table, 0, 5).RowSpan, Cell(table, 0, 5).ColumnSpan));
        Assert.All([0, 1, 8], col => Assert.Equal((2, 1), (Cell(table, 0, col).RowSpan, Cell(table, 0, col).ColumnSpan)));
        Assert.Equal(["Kepala Dinas", "Kepala Bidang", "Staf", "Kelengkapan", "Waktu", "Output"], table.Row(1).Select(c => c.Text));
        Assert.Equal(["1", "Menerima surat permohonan", "", "", "", "Surat permohonan", "15 menit", "Disposisi", ""],
            table.Row(2).Select(c => c.Text));
        Assert.Equal(9, table.Row(3).Count);
        Assert.Equal("Diparaf", Cell(table, 3, 8).Text);
        Assert.Equal("Terkirim", Cell(table, 4, 7).Text);
        Assert.All(table.Cells, c => Assert.Equal(1, c.Confidence));
    }

    private static TableCell Cell(Table table, int row, int column) =>
        table.Cells.Single(c => c.Row == row && c.Column == column);
}
