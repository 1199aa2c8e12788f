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
}
