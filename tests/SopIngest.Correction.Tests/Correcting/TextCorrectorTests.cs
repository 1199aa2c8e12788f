using SopIngest.Correction.Training;

namespace SopIngest.Correction.Tests.Correcting;

[Collection(ShippedModelCollection.Name)]
public sealed class TextCorrectorTests(ShippedModelFixture fixture)
{
    private TextCorrector Corrector => fixture.Corrector;

    [Theory]
    [InlineData("Keptin Dinas Ketenagakerjaan", "Kepala Dinas Ketenagakerjaan")]
    [InlineData("4\tKonultasi Draft Rencana PD", "4\tKonsultasi Draft Rencana PD")]
    [InlineData("Pelaksana Mutu Baku Ketara ngan", "Pelaksana Mutu Baku Keterangan")]
    [InlineData("Pelaksana Mutu Buku Keterangan", "Pelaksana Mutu Baku Keterangan")]
    [InlineData("**Peralatan/perengkapan**", "**Peralatan/perlengkapan**")]
    public void CorrectLine_RepairsGarbledWords_TheTrainingLabelsMarkInTheSeedExports(string line, string expected) =>
        Assert.Equal(expected, Corrector.CorrectLine(line));

    /// <summary>Misreads of the kind Tesseract makes on scans, in forms the corpus has never held.</summary>
    [Theory]
    [InlineData("Kepaia Dinas Ketenagakeriaan", "Kepala Dinas Ketenagakerjaan")]
    [InlineData("Finahsasi Raperda dan Melakuxan rapat", "Finalisasi Raperda dan Melakukan rapat")]
    [InlineData("Kegiatan Bidang Transrnigrasi dan evasuasi laporan", "Kegiatan Bidang Transmigrasi dan evaluasi laporan")]
    [InlineData("Kepala DingS Kependidikan", "Kepala Dinas Kependidikan")]
    public void CorrectLine_RepairsMisreadsOfNewScans(string line, string expected) =>
        Assert.Equal(expected, Corrector.CorrectLine(line));

    /// <summary>
    /// Held-out errors of the seed exports are forms the corpus holds: by default they stay as the corpus has them (the
    /// synthetic scans print them so); with <see cref="TextCorrectorOptions.KeepCorpusForms"/> off they are repaired.
    /// </summary>
    [Theory]
    [InlineData("Kepala Dinas Kertanagakerjaan Kota Bontang", "Kepala Dinas Ketenagakerjaan Kota Bontang")]
    [InlineData("Pendidikan minimal SLTAMemahami sistematika", "Pendidikan minimal SLTA Memahami sistematika")]
    public void CorrectLine_KeepsFormsTheCorpusHolds_UnlessToldToCleanThem(string line, string cleaned)
    {
        using var cleaner = TextCorrector.Load(RepoPaths.ModelDirectory, Corrector.Options with { KeepCorpusForms = false });

        Assert.Equal(line, Corrector.CorrectLine(line));
        Assert.Equal(cleaned, cleaner.CorrectLine(line));
    }

    /// <summary>
    /// Seen as new text (corpus forms not kept): a word three edits from its candidate, and a real word two edits from
    /// another, are the page's own wording more often than misreads, so they stay.
    /// </summary>
    [Theory]
    [InlineData("KUATIRUKASI PELAKSANA :")]
    [InlineData("mempersiapkan KIB yang sudah sah dan menyebarkan ke UPRD")]
    [InlineData("Mengajukan ke Pengadministrasian Umum untuk di ajukan ke Kabag")]
    public void CorrectLine_LeavesFarCandidates_AndRealWordsTwoEditsFromAnother(string line)
    {
        using var cleaner = TextCorrector.Load(RepoPaths.ModelDirectory, Corrector.Options with { KeepCorpusForms = false });

        Assert.Equal(line, cleaner.CorrectLine(line));
    }

    [Theory]
    [InlineData("NIP. 19730314 199803 2 005")]
    [InlineData("Tanggal Efektif : 10 Desember 2019")]
    [InlineData("Tanggal Pembuatan : 20 Mei 2019")]
    [InlineData("Nomor SOP 057.1.010/Disaker.01")]
    [InlineData("Nomor: 15/M.KUKM/I/2015 Tanggal 02 Januari 2015")]
    [InlineData("Pembina Tk. IV/b")]
    [InlineData("Dra. Sisilia Sona")]
    [InlineData("H. Ahmad Azma, S.K. M. Si")]
    [InlineData("Penyusunan LKIP dan Renja oleh SKPD, PPID, SP4N bersama Kasubag")]
    [InlineData("1	Membentuk SK Tim Kegiatan				Konsep SK	30 menit	SK Tim Kegiatan	")]
    public void CorrectLine_LeavesNumbersNipsDatesCodesNamesAndAbbreviationsAlone(string line) =>
        Assert.Equal(line, Corrector.CorrectLine(line));

    [Theory]
    [InlineData("- c. pembiayaan. *u*", "- c. pembiayaan.")]
    [InlineData("Tambahan Lembaran Negara Republik Indonesia Nomor 1649); *✓*", "Tambahan Lembaran Negara Republik Indonesia Nomor 1649);")]
    [InlineData("19. Pelaksana adalah pegawai yang melaksanakan SOP AP dalam pekerjaannya. u", "19. Pelaksana adalah pegawai yang melaksanakan SOP AP dalam pekerjaannya.")]
    public void CorrectLine_RemovesMarksOfHandwrittenInitialsAtTheLineEnd(string line, string expected) =>
        Assert.Equal(expected, Corrector.CorrectLine(line));

    [Fact]
    public void Correct_KeepsEveryLineBreak_AndReportsChangesAtTheirOffsetsInTheInput()
    {
        var text = "Nama SOP : Penyusunan Renja\r\n- Undangun\n\n4\tKonultasi Draft Rencana PD\n";

        var result = Corrector.Correct(text, ocrConfidence: 0.8);

        Assert.Equal(text.Split('\n').Length, result.Text.Split('\n').Length);
        Assert.Equal(text.Count(c => c == '\r'), result.Text.Count(c => c == '\r'));
        Assert.Equal("Nama SOP : Penyusunan Renja\r\n- Undangan\n\n4\tKonsultasi Draft Rencana PD\n", result.Text);
        Assert.Equal(2, result.Changes.Count);
        foreach (var change in result.Changes)
        {
            Assert.Equal(change.From, text.Substring(change.Start, change.Length));
            Assert.InRange(change.Confidence, 0.5, 1.0);
        }
    }

    [Fact]
    public void CorrectLine_OnEveryLineOfTheSeedExports_ReturnsOneLine_AndTouchesFewWords()
    {
        var lines = Directory.GetFiles(RepoPaths.Exports, "*.txt").SelectMany(File.ReadAllLines).ToList();
        var changed = 0;
        foreach (var line in lines)
        {
            var corrected = Corrector.CorrectLine(line);
            Assert.DoesNotContain('\n', corrected);
            if (corrected != line) changed++;
        }
        // Most lines of a (noisy) export stay as they are; the corrector is conservative.
        Assert.True(changed < lines.Count / 10, $"{changed} of {lines.Count} lines changed");
        Assert.True(changed > 20, $"only {changed} lines changed");
    }

    [Fact]
    public void CorrectLine_FromManyThreads_GivesTheSameResultAsOneThread()
    {
        var lines = Directory.GetFiles(RepoPaths.Exports, "*.txt").SelectMany(File.ReadAllLines).Take(1500).ToArray();
        var sequential = lines.Select(Corrector.CorrectLine).ToArray();
        var parallel = new string[lines.Length];
        Parallel.For(0, lines.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Corrector.CorrectLine(lines[i]));
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Load_FromADirectoryWithoutAModel_SaysWhatIsMissing()
    {
        var empty = Directory.CreateTempSubdirectory("sopingest-nomodel").FullName;
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => TextCorrector.Load(empty));
            Assert.Contains("corrector.json", error.Message);
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }

    [Fact]
    public void Benchmark_CountsTokensAndTime_OnTheSeedExports()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Exports, "001_222709af16668202.txt"));
        var result = CorrectorBenchmark.Run(Corrector, lines, repeat: 1);
        Assert.Equal(lines.Length, result.Lines);
        Assert.True(result.Tokens > 1000);
        Assert.True(result.TokensPerSecond > 0);
    }
}
