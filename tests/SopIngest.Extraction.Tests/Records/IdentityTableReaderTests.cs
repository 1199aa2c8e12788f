using SopIngest.Core.Layout;
using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Tests.Records;

public sealed class IdentityTableReaderTests
{
    private static TableCell Cell(int row, int column, params string[] paragraphs) => new(row, column, paragraphs);

    [Fact]
    public void Build_ReadsSectionHeadingAndItemsPrintedInOneCell()
    {
        var table = new Table(
        [
            Cell(0, 0, "Nomor SOP"), Cell(0, 1, "067/1/001"),
            Cell(1, 0, "Nama SOP"), Cell(1, 1, "Penyusunan Renja"),
            Cell(2, 0, "Dasar Hukum: 1. UU Nomor 25 Tahun 2004", "2. PP Nomor 8 Tahun 2008"), Cell(2, 1, "Kualifikasi Pelaksana: Pendidikan minimal S1"),
        ]);

        var record = Assert.Single(new RecordBuilder().Build(new LayoutDocument("x.pdf", [new LayoutPage(1, [table])])).Records);

        Assert.Equal(["UU Nomor 25 Tahun 2004", "PP Nomor 8 Tahun 2008"], record.LegalBasis);
        Assert.Equal(["Pendidikan minimal S1"], record.Qualifications);
        Assert.Equal("Penyusunan Renja", record.Title);
    }

    [Fact]
    public void Build_LeavesAHeadingWithoutItemsEmpty_WhenTheNextRowOpensItsOwnSections()
    {
        // 005's sections table: "Kualifikasi Pelaksana:" has no items; the row below starts with its own headings.
        var table = new Table(
        [
            Cell(0, 0, "Nama SOP"), Cell(0, 1, "Pelaksanaan Inventarisasi Barang Milik Daerah"),
            Cell(1, 0, "Dasar Hukum:", "a. Peraturan Menteri Dalam Negeri Nomor 19 Tahun 2016"), Cell(1, 1, "Kualifikasi Pelaksana:"),
            Cell(2, 0, "Keterkaitan:", "a. SOP Pengelolaan Administrasi Surat Masuk"), Cell(2, 1, "Peralatan/Perlengkapan:", "a. Ekuivalensi Barang", "b. Scanner"),
        ]);

        var record = Assert.Single(new RecordBuilder().Build(new LayoutDocument("x.pdf", [new LayoutPage(1, [table])])).Records);

        Assert.Empty(record.Qualifications);
        Assert.Equal(["Ekuivalensi Barang", "Scanner"], record.Equipment);
        Assert.Equal(["SOP Pengelolaan Administrasi Surat Masuk"], record.RelatedSops);
    }

    [Fact]
    public void Build_ReadsASectionHeadingRunIntoItsTextWithoutAColon()
    {
        var table = new Table(
        [
            Cell(0, 0, "Judul SOP"), Cell(0, 1, "Penyusunan Laporan"),
            Cell(1, 0, "Peringatan Apabila SOP tidak dipatuhi maka data kurang baik."), Cell(1, 1, "Pencatatan dan pendataan : Disimpan dalam data elektronik"),
        ]);

        var record = Assert.Single(new RecordBuilder().Build(new LayoutDocument("x.pdf", [new LayoutPage(1, [table])])).Records);

        Assert.Equal(["Apabila SOP tidak dipatuhi maka data kurang baik."], record.Warnings);
        Assert.Equal(["Disimpan dalam data elektronik"], record.RecordKeeping);
        Assert.Empty(record.RelatedSops);
    }
}
