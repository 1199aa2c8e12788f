using SopIngest.Search.Analysis;
using SopIngest.Search.Comparison;
using Xunit.Abstractions;

namespace SopIngest.Search.Tests.Comparison;

public sealed class ProcedureComparerTests(ITestOutputHelper output)
{
    private static readonly ProcedureComparer Comparer = new(TestCorpus.Index, IndonesianAnalysis.Default, new ProcedureComparerOptions());

    [Fact]
    public void Compare_FindsKenaikanGajiBerkala_InFourAgencies_AndAlignsTheirSteps()
    {
        var result = Comparer.Compare("kenaikan gaji berkala");
        foreach (var p in result.Procedures)
            output.WriteLine($"{p.Title} | {p.Agency} | {p.Steps} steps | {p.MinMinutes}-{p.MaxMinutes} | {string.Join(", ", p.Roles)}");
        foreach (var row in result.Alignment) output.WriteLine(string.Join("\t", row.Select(v => v?.ToString() ?? "-")));

        var expected = new[] { "001:pengajuan-kenaikan-gaji", "003:kenaikan-gaji-berkala", "004:penerbitan-surat-pemberitahuan", "000:pengusulan-kembali-gaji" }.Select(r => TestCorpus.ByKey(r).Id).ToHashSet();
        Assert.Equal(expected, result.Procedures.Select(p => p.Id).ToHashSet());
        Assert.Equal(4, result.Procedures.Select(p => p.Agency).Distinct().Count());
        // every step of every version appears exactly once, in order
        for (var v = 0; v < result.Procedures.Count; v++)
        {
            var column = result.Alignment.Select(row => row[v]).OfType<int>().ToList();
            Assert.Equal(Enumerable.Range(1, result.Procedures[v].Steps), column);
        }
        // the first match's opening step (proposing the KGB) pairs with the others', and so do the closing steps
        Assert.True(result.Alignment.Single(row => row[0] == 1).Count(v => v is not null) >= 3);
        Assert.All(result.Alignment[^1], v => Assert.NotNull(v));
    }

    [Fact]
    public void Compare_SumsDurations_AndMapsActorsToRoles()
    {
        var result = Comparer.Compare("kenaikan gaji berkala");
        var ntt = result.Procedures.Single(p => p.Id == TestCorpus.ByKey("004:penerbitan-surat-pemberitahuan").Id);
        var record = TestCorpus.ByKey("004:penerbitan-surat-pemberitahuan").Record;
        Assert.Equal(record.Steps.Sum(s => s.Duration.MinMinutes ?? 0), ntt.MinMinutes);
        Assert.Contains("Kepala Sub Bagian", ntt.Roles);
        Assert.Contains("Sekretaris", ntt.Roles);
    }

    [Theory]
    [InlineData("Kasubag Kepeg dan Umum", "Kepala Sub Bagian")]
    [InlineData("Kepala Sub Bagian Umum", "Kepala Sub Bagian")]
    [InlineData("Kabag", "Kepala Bagian")]
    [InlineData("Pengadm. Umum", "Pelaksana")]
    [InlineData("PNS", "Pegawai")]
    [InlineData("Kepala Dinas", "Kepala Dinas")]
    public void ActorRoles_MapHeadersToRoles(string actor, string role) => Assert.Equal(role, ActorRoles.Role(actor));

    [Fact]
    public void Compare_ReturnsNothing_ForNoMatch() =>
        Assert.Empty(Comparer.Compare("zzzqqq xxyyzz").Procedures);
}
