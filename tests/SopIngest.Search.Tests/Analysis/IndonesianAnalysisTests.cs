using SopIngest.Search.Analysis;

namespace SopIngest.Search.Tests.Analysis;

public sealed class IndonesianAnalysisTests
{
    private static readonly IndonesianAnalysis Analysis = IndonesianAnalysis.Default;

    [Fact]
    public void Terms_DropStopWords_AndStem() =>
        Assert.Equal(["susun", "lapor", "uang"], Analysis.Terms("Penyusunan laporan dan keuangan yang"));

    [Fact]
    public void QueryVariants_ExpandAbbreviations_BothWays()
    {
        var fromAbbreviation = Analysis.QueryVariants("usulan KGB");
        Assert.Contains(fromAbbreviation, v => v.Select(t => t.Stem).SequenceEqual(["usul", "naik", "gaji", "kala"]));
        var fromPhrase = Analysis.QueryVariants("kepala sub bagian umum");
        Assert.Contains(fromPhrase, v => v.Select(t => t.Stem).SequenceEqual(["kasubag", "umum"]));
    }

    [Fact]
    public void SynonymMap_ParsesSolrFormat()
    {
        var map = SynonymMap.Parse(new StringReader("# comment\nKGB, Kenaikan Gaji Berkala\n\nsolo\n"));
        var group = Assert.Single(map.Groups);
        Assert.Equal(["kgb", "kenaikan gaji berkala"], group);
    }

    [Fact]
    public void Snippets_MarkMatches_InTheDensestWindow()
    {
        var text = "Menerima berkas. " + new string('x', 300) + " Memeriksa kelengkapan berkas usulan kenaikan gaji berkala.";
        var at = text.IndexOf("kenaikan", StringComparison.Ordinal);
        var gaji = text.IndexOf("gaji", StringComparison.Ordinal);
        var snippet = Snippets.Cut(text, [(0, 8), (at, at + 8), (gaji, gaji + 4)], 120);
        Assert.Contains("<em>kenaikan</em> <em>gaji</em>", snippet);
        Assert.StartsWith("…", snippet);
    }
}
