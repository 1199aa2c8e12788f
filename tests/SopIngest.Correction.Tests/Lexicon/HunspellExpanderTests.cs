using SopIngest.Correction.Lexicon;

namespace SopIngest.Correction.Tests.Lexicon;

public sealed class HunspellExpanderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hunspell").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    // The constructs hunspell-id uses: long flags, conditions with [^..], circumfixes, continuation classes, NEEDAFFIX.
    private const string Aff = """
        SET ISO8859-1
        FLAG long
        CIRCUMFIX A1
        NEEDAFFIX A2
        PFX M0 Y 3	# me-
        PFX M0 0 mem [bfv]
        PFX M0 p mem p[^l^r]
        PFX M0 0 meng [aeghiouq]
        PFX K1 Y 1
        PFX K1 0 ke/A1 .
        SFX Ka Y 1	# ke-an
        SFX Ka 0 an/K1A1 .
        SFX k0 Y 1
        SFX k0 0 kan .
        SFX n0 Y 2
        SFX n0 0 nya .
        SFX n0 0 -Nya
        SFX i0 Y 1
        SFX i0 0 i/n0
        """;

    private const string Dic = """
        4
        pakai/M0k0
        terang/Ka
        ambil/M0i0
        sahaja/A2M0
        """;

    private HashSet<string> Expand()
    {
        File.WriteAllText(Path.Combine(_dir, "t.aff"), Aff);
        File.WriteAllText(Path.Combine(_dir, "t.dic"), Dic);
        return HunspellExpander.Expand(Path.Combine(_dir, "t.dic"), Path.Combine(_dir, "t.aff")).ToHashSet();
    }

    [Fact]
    public void Expand_AppliesPrefixesSuffixesAndTheirCrossProduct()
    {
        var forms = Expand();
        Assert.Contains("pakai", forms);
        Assert.Contains("memakai", forms); // p stripped under [^l^r]
        Assert.Contains("pakaikan", forms);
        Assert.Contains("memakaikan", forms);
        Assert.Contains("mengambil", forms);
        Assert.Contains("ambili", forms);
        Assert.Contains("ambilinya", forms); // continuation class of -i
    }

    [Fact]
    public void Expand_GivesCircumfixesOnlyWhole_AndHonoursNeedAffix()
    {
        var forms = Expand();
        Assert.Contains("keterangan", forms);
        Assert.DoesNotContain("terangan", forms);
        Assert.DoesNotContain("keterang", forms);
        Assert.DoesNotContain("sahaja", forms);
        Assert.DoesNotContain(forms, f => f.Contains('N'));
    }
}
