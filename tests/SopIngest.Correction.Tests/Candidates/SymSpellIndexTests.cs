using SopIngest.Correction.Candidates;

namespace SopIngest.Correction.Tests.Candidates;

public sealed class SymSpellIndexTests
{
    private static readonly SymSpellIndex Index = new(["kepala", "keterangan", "kelengkapan", "perlengkapan", "undangan", "baku", "buku", "pengadministrasian"]);

    [Fact]
    public void Lookup_FindsWordsWithinTwoEdits_EvenPastThePrefixLength()
    {
        Assert.Contains(("keterangan", 1), Index.Lookup("ketarangan"));
        Assert.Contains(("perlengkapan", 1), Index.Lookup("perengkapan"));
        Assert.Contains(("pengadministrasian", 1), Index.Lookup("pengamministrasian"));
        Assert.Contains(("kelengkapan", 2), Index.Lookup("keengkapen"));
    }

    [Fact]
    public void Lookup_RespectsTheDistanceAsked()
    {
        Assert.DoesNotContain(Index.Lookup("keptin"), c => c.Word == "kepala");
        Assert.Equal(["buku"], Index.Lookup("bukuu", 1).Select(c => c.Word));
    }
}
