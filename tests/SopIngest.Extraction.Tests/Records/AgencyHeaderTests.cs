using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Tests.Records;

public sealed class AgencyHeaderTests
{
    [Fact]
    public void Parse_SplitsAHeaderRunJoinedIntoOneLine()
    {
        var agency = AgencyHeader.Parse(["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR DINAS KOPERASI, TENAGA KERJA DAN TRANSMIGRASI BIDANG KETRANSMIGRASIAN SEKSI PEMBINAAN SOSIAL BUDAYA DAN EKONOMI"]);

        Assert.Equal("PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", agency.Government);
        Assert.Equal("DINAS KOPERASI, TENAGA KERJA DAN TRANSMIGRASI", agency.Office);
        Assert.Equal(["BIDANG KETRANSMIGRASIAN", "SEKSI PEMBINAAN SOSIAL BUDAYA DAN EKONOMI"], agency.Units);
    }

    [Fact]
    public void Parse_KeepsALoneUnitWordWithTheNameAfterIt_AndDropsRepeatedLines()
    {
        var agency = AgencyHeader.Parse(["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "DINAS KOPERASI", "BIDANG SEKRETARIAT", "SEKRETARIAT", "DINAS KOPERASI"]);

        Assert.Equal(["BIDANG SEKRETARIAT", "SEKRETARIAT"], agency.Units);
    }

    [Fact]
    public void Parse_PrefixesPemerintah_WhenTheHeaderNamesOnlyTheCity()
    {
        Assert.Equal("PEMERINTAH KOTA BONTANG", AgencyHeader.Parse(["DINAS KETENAGAKERJAAN", "KOTA BONTANG"]).Government);
    }
}
