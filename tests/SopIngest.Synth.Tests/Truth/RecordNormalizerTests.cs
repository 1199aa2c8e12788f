using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Synth.Truth;

namespace SopIngest.Synth.Tests.Truth;

public sealed class RecordNormalizerTests
{
    private static readonly IReadOnlyList<SopRecord> CorpusRecords =
        Directory.EnumerateFiles(Repo.Path("corpus", "records"), "*.json").Order(StringComparer.Ordinal)
            .SelectMany(f => SopJson.ReadExtract(f).Records).ToList();

    public static TheoryData<int> Seeds => new() { 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Normalize_GivesEveryStepOneLaneAndTerminatorsAtBothEnds(int seed)
    {
        var rng = new Random(seed);
        var printable = CorpusRecords.Select(r => RecordNormalizer.Normalize(r, rng)).OfType<SopRecord>().ToList();

        Assert.NotEmpty(printable);
        foreach (var r in printable)
        {
            Assert.InRange(r.Actors.Count, 2, RecordNormalizer.MaxActors);
            Assert.Equal(StepShape.Start, r.Steps[0].Shape);
            Assert.Equal(StepShape.End, r.Steps[^1].Shape);
            Assert.Empty(r.Steps[^1].Next);
            Assert.Equal(Enumerable.Range(1, r.Steps.Count), r.Steps.Select(s => s.No));
            Assert.All(r.Steps, s => Assert.Contains(Assert.Single(s.Actors), r.Actors));
            Assert.Equal(18, r.Approval.Nip.Length);
        }
    }

    [Fact]
    public void Normalize_DecisionsGoOnWithYaAndBackWithTidak()
    {
        var rng = new Random(7);
        var decisions = CorpusRecords.Select(r => RecordNormalizer.Normalize(r, rng)).OfType<SopRecord>()
            .SelectMany(r => r.Steps).Where(s => s.Shape == StepShape.Decision).ToList();

        Assert.NotEmpty(decisions);
        Assert.All(decisions, d =>
        {
            Assert.Equal(2, d.Next.Count);
            Assert.Equal(new Edge(d.No + 1, "Ya"), d.Next[0]);
            Assert.Equal("Tidak", d.Next[1].Label);
            Assert.InRange(d.Next[1].To, 2, d.No - 1);
        });
    }

    [Fact]
    public void Normalize_DropsColumnNumbersTheSourceReadAsCellText()
    {
        var source = new SopRecord(new PageRange(1, 1), Agency.Unknown, "1", "Penyusunan Rencana", SopDates.Empty, Approval.Empty,
            [], [], [], [], [], [], ["Kepala", "Staf"],
        [
            new Step(1, "Menerima berkas", [], StepShape.Start, "8", new Duration("9", null, null), "10", "", []),
            new Step(2, "Memeriksa", [], StepShape.Process, "Berkas;  Formulir", new Duration("15  menit", 15, 15), "Hasil", "", []),
            new Step(3, "Selesai", [], StepShape.Process, "", Duration.Empty, "", "", []),
        ]);

        var r = RecordNormalizer.Normalize(source, new Random(1))!;

        Assert.Equal("", r.Steps[0].Requirements);
        Assert.Equal(Duration.Empty, r.Steps[0].Duration);
        Assert.Equal("Berkas; Formulir", r.Steps[1].Requirements);
        Assert.Equal(new Duration("15 menit", 15, 15), r.Steps[1].Duration);
    }

    [Fact]
    public void Normalize_RefusesRecordsTooSmallToPrint()
    {
        var tiny = new SopRecord(new PageRange(1, 1), Agency.Unknown, "", "Judul", SopDates.Empty, Approval.Empty,
            [], [], [], [], [], [], [], [new Step(1, "a", [], StepShape.Start, "", Duration.Empty, "", "", [])]);

        Assert.Null(RecordNormalizer.Normalize(tiny, new Random(1)));
    }
}
