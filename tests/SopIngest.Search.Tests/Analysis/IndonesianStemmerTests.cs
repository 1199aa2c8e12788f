using SopIngest.Search.Analysis;

namespace SopIngest.Search.Tests.Analysis;

public sealed class IndonesianStemmerTests
{
    private static readonly IndonesianStemmer Stemmer = IndonesianAnalysis.Default.Stemmer;

    [Theory]
    [InlineData("menerima", "terima")]
    [InlineData("penerimaan", "terima")]
    [InlineData("diterima", "terima")]
    [InlineData("penyusunan", "susun")]
    [InlineData("menyusun", "susun")]
    [InlineData("mengelola", "kelola")]
    [InlineData("pengelolaan", "kelola")]
    [InlineData("kenaikan", "naik")]
    [InlineData("berkala", "kala")]
    [InlineData("pengajuan", "aju")]
    [InlineData("mengajukan", "aju")]
    [InlineData("memeriksa", "periksa")]
    [InlineData("pelaksanaan", "laksana")]
    [InlineData("melaksanakan", "laksana")]
    [InlineData("memberikan", "beri")]
    [InlineData("kebijakan", "bijak")]
    [InlineData("pengawasan", "awas")]
    [InlineData("pemohon", "mohon")]
    [InlineData("pendidikan", "didik")]
    [InlineData("ditandatangani", "tandatangan")]
    [InlineData("bekerja", "kerja")]
    public void Stem_RecoversTheRoot_OfAffixedWords(string word, string root) =>
        Assert.Equal(root, Stemmer.Stem(word));

    [Theory]
    [InlineData("kepala")]   // a root that looks like ke- + pala
    [InlineData("pegawai")]
    [InlineData("kawasan")]  // listed whole
    [InlineData("pengusunan")] // OCR-garbled: no root, left as is
    public void Stem_LeavesRootsAndUnknownWordsAlone(string word) => Assert.Equal(word, Stemmer.Stem(word));

    [Fact]
    public void Stem_UsesCorpusRoots_ForWordsHunspellLacks() =>
        Assert.Equal(Stemmer.Stem("verifikasi"), Stemmer.Stem("memverifikasi"));
}
