using SopIngest.Correction.Text;

namespace SopIngest.Correction.Tests.Text;

public sealed class StrayMarksTests
{
    [Theory]
    [InlineData("- c. pembiayaan. *u*", " *u*")]
    [InlineData("Nusa Tenggara Timur. *X*", " *X*")]
    [InlineData("yang Mencapai Kesepakatan; *ny*", " *ny*")]
    [InlineData("Tenaga Kerja dan Transmigrasi; ✓", " ✓")]
    [InlineData("pemindahan dan penempatan Transmigrasi; u", " u")]
    public void Find_TakesMarksAfterTheSentenceEnded(string line, string mark)
    {
        var span = StrayMarks.Find(line);
        Assert.NotNull(span);
        Assert.Equal(mark, line.Substring(span.Value.Start, span.Value.Length));
    }

    [Theory]
    [InlineData("H. Ahmad Azma, S.K. M. Si")]
    [InlineData("a. jenis SOP;")]
    [InlineData("Pelaksana : ya")]
    [InlineData("Laporan Semester I")]
    [InlineData("Dokumen SPM")]
    public void Find_LeavesTitlesListMarkersAndWordsAlone(string line) => Assert.Null(StrayMarks.Find(line));
}
