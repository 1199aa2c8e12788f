using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Tests.Records;

public sealed class ListItemsTests
{
    [Fact]
    public void CellText_JoinsBulletItems_WithSemicolons()
    {
        Assert.Equal("SK Tim Kegiatan; Undangan; Daftar Hadir", ListItems.CellText(["- SK Tim Kegiatan", "- Undangan", "- Daftar Hadir"]));
    }

    [Fact]
    public void CellText_SplitsDashListFlattenedOntoOneLine()
    {
        Assert.Equal("Mempelajari SK Tim; Menyusun langkah-langkah teknis kegiatan",
            ListItems.CellText(["- Mempelajari SK Tim; - Menyusun langkah-langkah teknis kegiatan,"]));
    }

    [Fact]
    public void CellText_KeepsLeadingNumber_ThatIsData()
    {
        Assert.Equal("2 lembar foto", ListItems.CellText(["2 lembar foto"]));
    }

    [Fact]
    public void Items_SplitsInlineNumberedList_InSections()
    {
        var items = ListItems.Items(["1 Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik 2 Peraturan Pemerintah Nomor 96 Tahun 2012"], section: true);

        Assert.Equal(["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Peraturan Pemerintah Nomor 96 Tahun 2012"], items);
    }
}
