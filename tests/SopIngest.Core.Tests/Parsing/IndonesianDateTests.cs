using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class IndonesianDateTests
{
    [Theory]
    [InlineData("08 November 2023", 2023, 11, 8)]
    [InlineData("8 Desember 2023", 2023, 12, 8)]
    [InlineData("04 Desember 2023", 2023, 12, 4)]
    [InlineData("11 Desember 2023", 2023, 12, 11)]
    [InlineData("20 Mei 2019", 2019, 5, 20)]
    [InlineData("16 September 2019", 2019, 9, 16)]
    [InlineData(": 16 September 2019", 2019, 9, 16)]
    [InlineData("Tanggal Revisi : 16 September 2019", 2019, 9, 16)]
    [InlineData("15 Pebruari 2019", 2019, 2, 15)]
    [InlineData("14 Nopember 2018", 2018, 11, 14)]
    [InlineData("1 Januari 2020", 2020, 1, 1)]
    [InlineData("31 Maret 2020", 2020, 3, 31)]
    [InlineData("30 Juni 2020", 2020, 6, 30)]
    [InlineData("31 Juli 2020", 2020, 7, 31)]
    [InlineData("17 Agustus 2020", 2020, 8, 17)]
    [InlineData("1 Oktober 2020", 2020, 10, 1)]
    [InlineData("29 Februari 2020", 2020, 2, 29)]
    public void Parse_ReadsDayMonthNameYear(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), IndonesianDate.Parse(text));

    [Theory]
    [InlineData("5 Jan 2020", 1)]
    [InlineData("5 Feb 2020", 2)]
    [InlineData("5 Mar 2020", 3)]
    [InlineData("5 Apr 2020", 4)]
    [InlineData("5 Jun 2020", 6)]
    [InlineData("5 Jul 2020", 7)]
    [InlineData("5 Agu 2020", 8)]
    [InlineData("5 Agt 2020", 8)]
    [InlineData("5 Agus 2020", 8)]
    [InlineData("5 Sep 2020", 9)]
    [InlineData("5 Sept. 2020", 9)]
    [InlineData("5 Okt 2020", 10)]
    [InlineData("5 Nov 2020", 11)]
    [InlineData("5 Des 2020", 12)]
    [InlineData("5 August 2020", 8)]
    [InlineData("5 October 2020", 10)]
    [InlineData("5 December 2020", 12)]
    [InlineData("5 May 2020", 5)]
    [InlineData("5-Des-2020", 12)]
    public void Parse_ReadsAbbreviatedAndEnglishMonths(string text, int month) =>
        Assert.Equal(new DateOnly(2020, month, 5), IndonesianDate.Parse(text));

    [Theory]
    [InlineData("10-12-2019")]
    [InlineData("10/12/2019")]
    [InlineData("10.12.2019")]
    [InlineData("2019-12-10")]
    public void Parse_ReadsNumericDates_DayFirst(string text) =>
        Assert.Equal(new DateOnly(2019, 12, 10), IndonesianDate.Parse(text));

    [Theory]
    [InlineData("1O Desember 2019")]
    [InlineData("l0 Desember 2019")]
    [InlineData("10 Desember 2O19")]
    [InlineData("  10   Desember    2019 ")]
    [InlineData("10 Desembcr 2019")]
    public void Parse_ToleratesOcrNoise(string text) =>
        Assert.Equal(new DateOnly(2019, 12, 10), IndonesianDate.Parse(text));

    [Fact]
    public void Parse_SkipsNumberedRegulations_BeforeTheDate() =>
        Assert.Equal(new DateOnly(2019, 2, 15),
            IndonesianDate.Parse("Keputusan Gubernur Nomor 24 Tahun 2019 tanggal 15 Pebruari 2019"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData(":")]
    [InlineData("Desember")]
    [InlineData("31 Februari 2019")]
    [InlineData("29 Februari 2019")]
    [InlineData("31 April 2020")]
    [InlineData("32 Mei 2019")]
    [InlineData("10-13-2019")]
    [InlineData("10 Tahun 2019")]
    public void Parse_ReturnsNull_WhenEmptyUnreadableOrImpossible(string text) =>
        Assert.Null(IndonesianDate.Parse(text));
}
