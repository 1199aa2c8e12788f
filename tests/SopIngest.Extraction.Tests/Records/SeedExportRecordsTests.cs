using System.Text.RegularExpressions;
using SopIngest.Core.Records;

namespace SopIngest.Extraction.Tests.Records;

/// <summary>Every SOP of the four seed exports comes out as a record, with the swimlane hints they keep.</summary>
public sealed class SeedExportRecordsTests
{
    [Theory]
    [InlineData("000_d61cd9e724486671", 42)]
    [InlineData("001_222709af16668202", 25)]
    [InlineData("003_609f3079cfa7c797", 16)]
    [InlineData("004_8c349c8b61ce075b", 67)]
    public void Extract_FindsEverySop_InSeedExport(string name, int expected)
    {
        var result = Corpus.Extract(name);

        Assert.Null(result.Error);
        Assert.Equal(expected, result.Records.Count);
        Assert.All(result.Records, r => Assert.True(r.Title.Length > 0 || r.Number.Length > 0 || r.Steps.Count > 0));
    }

    [Fact]
    public void Extract_AssignsTheMarkedActor_WhenSquareMarksTheActorColumn()
    {
        var text = Corpus.ExportText("001_222709af16668202");
        string[] marks = ["□", "◇", "Ya", "Tidak"]; // process boxes, and the diamond and labels of a decision
        var markedRows = text.Split('\n').Count(l => l.Split('\t').Skip(2).Any(c => marks.Contains(c.Trim())));
        var steps = Corpus.Extract("001_222709af16668202").Records.SelectMany(r => r.Steps).ToList();

        Assert.Equal(markedRows, steps.Count(s => s.Actors.Count > 0));
        Assert.All(steps.Where(s => s.Actors.Count > 0), s => Assert.True(s.Actors.Count <= 2));
        var first = Corpus.Extract("001_222709af16668202").Records[0];
        Assert.Equal("ANALISA DAN KOMPETENSI JABATAN", first.Title);
        Assert.Equal(["Kasubag"], first.Steps[0].Actors);
        Assert.Equal(["Kabag"], first.Steps[1].Actors);
        Assert.Equal(["Pengelola"], first.Steps[2].Actors);
    }

    [Fact]
    public void Extract_MakesFirstAndLastStepsTerminators_InMulaiSelesaiExport()
    {
        var records = Corpus.Extract("003_609f3079cfa7c797").Records;

        Assert.All(records, r =>
        {
            Assert.Equal(StepShape.Start, r.Steps[0].Shape);
            Assert.Equal(StepShape.End, r.Steps[^1].Shape);
            Assert.Empty(r.Steps[^1].Next);
        });
    }

    [Fact]
    public void Extract_ReadsTidakRowsAsDecisions_WithMutuBakuInTheirOwnFields()
    {
        var tidakRows = Corpus.ExportText("004_8c349c8b61ce075b").Split('\n')
            .Where(l => l.Split('\t').Skip(2).Take(6).Any(c => c.Trim() == "Tidak"))
            .Select(l => Regex.Match(l, @"^\d+").Value)
            .ToList();
        var decisions = Corpus.Extract("004_8c349c8b61ce075b").Records
            .SelectMany(r => r.Steps).Where(s => s.Shape == StepShape.Decision).ToList();

        Assert.True(decisions.Count >= tidakRows.Count, $"{decisions.Count} decisions for {tidakRows.Count} Tidak rows");
        Assert.All(decisions, d =>
        {
            Assert.NotNull(d.Duration.MinMinutes);
            Assert.DoesNotMatch(@"^\d+ ?(menit|jam|hari)", d.Requirements.ToLowerInvariant());
            Assert.Contains(d.Next, e => e.Label == "Tidak");
        });
    }

    [Fact]
    public void Extract_ReadsIdentityFields_FromKeyValueTable()
    {
        var record = Corpus.Extract("003_609f3079cfa7c797").Records[0];

        Assert.Equal("PEMERINTAH PROVINSI KALIMANTAN TIMUR", record.Agency.Government);
        Assert.Equal(new DateOnly(2023, 11, 8), record.Dates.Created);
        Assert.Equal("Kepala Dinas", record.Approval.Position);
        Assert.Equal("197303141998032009", record.Approval.Nip);
        Assert.Equal(["Bidang/UPTD", "Masyarakat", "Kehumasan", "Sekretaris"], record.Actors);
    }

    [Fact]
    public void Extract_SendsRegulationBodyToOtherPages()
    {
        var result = Corpus.Extract("004_8c349c8b61ce075b");

        Assert.Contains(result.OtherPages, p => p.Text.Contains("PERATURAN GUBERNUR NUSA TENGGARA TIMUR"));
        Assert.DoesNotContain(result.Records, r => r.Title.Contains("Menimbang"));
    }
}
