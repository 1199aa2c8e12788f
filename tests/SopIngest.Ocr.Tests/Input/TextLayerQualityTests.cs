using SopIngest.Ocr.Input;

namespace SopIngest.Ocr.Tests.Input;

public sealed class TextLayerQualityTests
{
    [Fact]
    public void Judge_AcceptsSopText_WithNumbersMarksAndAbbreviations()
    {
        string[] words = ["1.", "Menerima", "surat", "permohonan", "(SK)", "dari", "Kepala", "Dinas;", "NIP.", "19600131", "198603", "2", "009", "-", "15", "menit", "□"];

        Assert.Equal(TextLayer.Good, TextLayerQuality.Judge(words, 0.6));
    }

    [Fact]
    public void Judge_RejectsJunkFromAPoorEarlierOcr()
    {
        string[] words = ["Ke9a1a", "D1n@s", "|l1i", "Sx1rt", "rnvvw", "Pq7", "Menerima", ";;:,", "0OoO0o1", "surat"];

        Assert.Equal(TextLayer.Junk, TextLayerQuality.Judge(words, 0.6));
    }

    [Fact]
    public void Judge_SaysNone_ForAPageWithoutText()
    {
        Assert.Equal(TextLayer.None, TextLayerQuality.Judge([], 0.6));
    }

    [Theory]
    [InlineData("scans/page-1.png", true)]
    [InlineData("../page.png", false)]
    [InlineData("a/../../page.png", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("C:\\Windows\\x.png", false)]
    [InlineData("a\\..\\..\\x.png", false)]
    public void ZipEntryPaths_ThatLeaveTheFolder_AreUnsafe(string name, bool safe)
    {
        Assert.Equal(safe, ZipPages.IsSafePath(name));
    }
}
