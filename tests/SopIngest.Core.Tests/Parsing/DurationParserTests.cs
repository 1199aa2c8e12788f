using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class DurationParserTests
{
    // Every distinct unit-bearing Waktu value found in corpus/ocr-exports.
    [Theory]
    [InlineData("15 menit", 15)]
    [InlineData("10 Menit", 10)]
    [InlineData("1 menit", 1)]
    [InlineData("7 menit", 7)]
    [InlineData("60 menit", 60)]
    [InlineData("300 menit", 300)]
    [InlineData("10 min", 10)]
    [InlineData("1,5 menit", 1.5)]
    [InlineData("1 jam", 60)]
    [InlineData("3 Jam", 180)]
    [InlineData("1,2 jam", 72)]
    [InlineData("1 hari", 1440)]
    [InlineData("2 Hari", 2880)]
    [InlineData("7 Hari.", 10080)]
    [InlineData("90 hari", 129600)]
    [InlineData("1 minggu", 10080)]
    [InlineData("15 Minggu", 151200)]
    [InlineData("1 bln", 43200)]
    [InlineData("1 Bln", 43200)]
    [InlineData("1 bulan", 43200)]
    [InlineData("6 Bulan", 259200)]
    [InlineData("12 bulan", 518400)]
    [InlineData("<p>10 hari</p>", 14400)]
    public void Parse_ReadsSingleValue_InAnyCase(string text, double minutes)
    {
        var d = DurationParser.Parse(text);
        Assert.Equal(minutes, d.MinMinutes);
        Assert.Equal(minutes, d.MaxMinutes);
    }

    // What OCR makes of Waktu cells on scans: "1" read as a letter, "ri" run together into "n".
    [Theory]
    [InlineData("l jam", 60)]
    [InlineData("ljam", 60)]
    [InlineData("I hari", 1440)]
    [InlineData("| menit", 1)]
    [InlineData("1 han", 1440)]
    [InlineData("2 Han", 2880)]
    [InlineData("3 Hani kerja", 4320)]
    public void Parse_ReadsCommonOcrMisreads(string text, double minutes)
    {
        var d = DurationParser.Parse(text);
        Assert.Equal(minutes, d.MinMinutes);
        Assert.Equal(minutes, d.MaxMinutes);
    }

    [Theory]
    [InlineData("Dikirim jam kerja")]
    [InlineData("Hasil jam")]
    public void Parse_LeavesWordsEndingInLOrI_BeforeAUnit_Unread(string text)
    {
        var d = DurationParser.Parse(text);
        Assert.Null(d.MinMinutes);
    }

    [Theory]
    [InlineData("30 menit s/d 5 Hari", 30, 7200)]
    [InlineData("30 menit sd 1 jam", 30, 60)]
    [InlineData("1 hari s.d. 3 hari", 1440, 4320)]
    [InlineData("30 menit sampai 1 jam", 30, 60)]
    [InlineData("30 menit sampai dengan 2 jam", 30, 120)]
    [InlineData("1 jam – 30 menit", 30, 60)]
    public void Parse_ReadsRange_WhenSdSeparatesTwoUnits(string text, double min, double max)
    {
        var d = DurationParser.Parse(text);
        Assert.Equal(min, d.MinMinutes);
        Assert.Equal(max, d.MaxMinutes);
    }

    [Theory]
    [InlineData("1-2 hari", 1440, 2880)]
    [InlineData("1 - 2 hari", 1440, 2880)]
    [InlineData("3 - 5 Menit per surat", 3, 5)]
    [InlineData("3 - 20 Menit per surat", 3, 20)]
    [InlineData("2 - 3 Menit per surat", 2, 3)]
    [InlineData("1 s/d 3 hari kerja", 1440, 4320)]
    public void Parse_SharesTheUnit_WhenOnlyTheUpperEndHasOne(string text, double min, double max)
    {
        var d = DurationParser.Parse(text);
        Assert.Equal(min, d.MinMinutes);
        Assert.Equal(max, d.MaxMinutes);
    }

    [Theory]
    [InlineData("1 hari kerja", 1440)]
    [InlineData("30 hari kerja", 43200)]
    [InlineData("5 Menit per surat", 5)]
    [InlineData("10 menit/berkas", 10)]
    [InlineData("maks 3 hari", 4320)]
    [InlineData("paling lama 3 hari", 4320)]
    public void Parse_IgnoresQualifiers(string text, double minutes)
    {
        var d = DurationParser.Parse(text);
        Assert.Equal(minutes, d.MinMinutes);
        Assert.Equal(minutes, d.MaxMinutes);
    }

    [Theory]
    [InlineData("2 x 24 jam", 2880)]
    [InlineData("2x24 jam", 2880)]
    [InlineData("3 (tiga) hari", 4320)]
    [InlineData("tiga (3) hari", 4320)]
    [InlineData("satu hari", 1440)]
    [InlineData("tiga puluh menit", 30)]
    [InlineData("dua belas jam", 720)]
    [InlineData("sebelas hari", 15840)]
    [InlineData("seratus dua puluh menit", 120)]
    [InlineData("setengah jam", 30)]
    [InlineData("satu setengah jam", 90)]
    [InlineData("sehari", 1440)]
    [InlineData("1/2 jam", 30)]
    [InlineData("1 jam 30 menit", 90)]
    [InlineData("1 jam dan 30 menit", 90)]
    [InlineData("lima belas menit", 15)]
    [InlineData("dua puluh lima menit", 25)]
    [InlineData("seminggu", 10080)]
    [InlineData("3x24jam", 4320)]
    [InlineData("45 detik", 0.75)]
    [InlineData("30menit", 30)]
    public void Parse_ComputesMinutes_ForWrittenOutAndCompoundForms(string text, double minutes)
    {
        var d = DurationParser.Parse(text);
        Assert.Equal(minutes, d.MinMinutes);
        Assert.Equal(minutes, d.MaxMinutes);
    }

    [Theory]
    [InlineData("2 JAM", 120)]
    [InlineData("5 Menit", 5)]
    [InlineData("5 hr", 7200)]
    [InlineData("5 hri", 7200)]
    [InlineData("2 mgg", 20160)]
    [InlineData("1 thn", 525600)]
    [InlineData("10 Mingu", 100800)]
    [InlineData("10 menlt", 10)]
    [InlineData("10 mnt", 10)]
    [InlineData("5 minit", 5)]
    [InlineData("2 weeks", 20160)]
    public void Parse_ToleratesAbbreviationsAndTypos(string text, double minutes)
    {
        var d = DurationParser.Parse(text);
        Assert.Equal(minutes, d.MinMinutes);
        Assert.Equal(minutes, d.MaxMinutes);
    }

    [Theory]
    [InlineData("15 menit; 1 jam", 15, 60)]
    [InlineData("15 menit / 1 jam", 15, 60)]
    [InlineData("15 menit\n1 jam", 15, 60)]
    [InlineData("- 15 menit\n- 1 jam", 15, 60)]
    [InlineData("1-2 jam; 30 menit", 30, 120)]
    [InlineData("1 jam atau 2 hari", 60, 2880)]
    [InlineData("2 jam 1 hari", 120, 1440)]  // growing units are alternatives, not a compound
    public void Parse_TakesTheEnvelope_WhenSeveralValuesAreListed(string text, double min, double max)
    {
        var d = DurationParser.Parse(text);
        Assert.Equal(min, d.MinMinutes);
        Assert.Equal(max, d.MaxMinutes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("Tentatif")]
    [InlineData("8")]            // a column number OCR put in the Waktu column
    [InlineData("10")]
    [InlineData("Disposisi")]    // Kelengkapan text shifted into the Waktu column
    [InlineData("5 - 1 Jam")]    // inverted shared-unit range: probably 5 menit - 1 jam, but a guess
    [InlineData("30 menit - 5")] // upper end without a unit
    [InlineData("5'")]
    [InlineData("JAM 2")]        // unit before the number is not a form the SOPs use
    public void Parse_GivesNullMinutes_WhenNoUnitCanBeRead(string text)
    {
        var d = DurationParser.Parse(text);
        Assert.Null(d.MinMinutes);
        Assert.Null(d.MaxMinutes);
    }

    [Fact]
    public void Parse_IgnoresColumnNumberGluedBeforeTheValue()
    {
        var d = DurationParser.Parse("8 30 menit");
        Assert.Equal(30, d.MinMinutes);
        Assert.Equal(30, d.MaxMinutes);
    }

    [Fact]
    public void Parse_ReturnsFoldedText()
    {
        Assert.Equal("30 menit s/d 5 Hari", DurationParser.Parse("  30  menit\n s/d\t5 Hari ").Text);
    }

    [Fact]
    public void Parse_TreatsNullAsEmpty()
    {
        var d = DurationParser.Parse(null!);
        Assert.Equal("", d.Text);
        Assert.Null(d.MinMinutes);
    }
}
