using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Tests.Records;

public sealed class ApprovalParserTests
{
    [Fact]
    public void Parse_SplitsPositionNameAndNip_FromPrintedLines()
    {
        var approval = ApprovalParser.Parse(["Kepala Dinas Ketenagakerjaan", "Kota Bontang", "IL Ahmad Azma, S.K. M. Si", "Jabatan: Tkt. IV/5", "NIP. 1973050220001031003"]);

        Assert.Equal("Kepala Dinas Ketenagakerjaan Kota Bontang", approval.Position);
        Assert.Equal("IL Ahmad Azma, S.K. M. Si", approval.Name);
        Assert.Equal("1973050220001031003", approval.Nip);
    }

    [Fact]
    public void Parse_FindsNameOnOneLine_WhenRankAndNipFollowIt()
    {
        var approval = ApprovalParser.Parse(["Kepala Dinas Ketenagakerjaan Kota Bontang H. AHMAD AZNIM, SE, M.Si Pembina Tk. IV/3 NIP. 197305022001121602"]);

        Assert.Equal("Kepala Dinas Ketenagakerjaan Kota Bontang", approval.Position);
        Assert.Equal("H. AHMAD AZNIM, SE, M.Si", approval.Name);
        Assert.Equal("197305022001121602", approval.Nip);
    }

    [Fact]
    public void Parse_TakesNipPrintedElsewhere_WhenTheBlockHasNone()
    {
        var approval = ApprovalParser.Parse(["Kepala Dinas Koperasi, Tenaga Kerja dan Transmigrasi Provinsi Nusa Tenggara Timur,", "[Signature] Dra. Sisilia Sona"], "NIP. 19600131 198603 2 009");

        Assert.Equal("Kepala Dinas Koperasi, Tenaga Kerja dan Transmigrasi Provinsi Nusa Tenggara Timur", approval.Position);
        Assert.Equal("Dra. Sisilia Sona", approval.Name);
        Assert.Equal("196001311986032009", approval.Nip);
    }

    [Fact]
    public void Parse_ReadsNipLabelGarbledByOcr()
    {
        var approval = ApprovalParser.Parse(["Kepala Dinas", "H. Ahmad Anam, SE, M.Si", "Pemirsa TK. 149 E", "N.P. 187305032001121002"]);

        Assert.Equal("187305032001121002", approval.Nip);
        Assert.Equal("H. Ahmad Anam, SE, M.Si", approval.Name);
    }
}
