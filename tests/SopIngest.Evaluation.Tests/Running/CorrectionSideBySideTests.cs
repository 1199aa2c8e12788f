using System.Text.Json;
using SopIngest.Core.Records;
using SopIngest.Evaluation.Reporting;
using SopIngest.Evaluation.Running;
using SopIngest.Extraction.Pipeline;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Extraction.Records;
using CorrectionRecord = SopIngest.Core.Records.Correction;

namespace SopIngest.Evaluation.Tests.Running;

/// <summary>
/// Correction off and on from one extraction, on the checked-in born-digital file (text layer only: seconds). The
/// "corrector" here is a plain record function, so the test is about the comparison, not about any model.
/// </summary>
public sealed class CorrectionSideBySideTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("eval-sbs-").FullName;

    private static readonly ExtractionPipeline TextLayer = new(
        new IDocumentReader[] { new PdfTextReader(new PdfTextReaderOptions()) }, new RecordBuilder(new RecordBuilderOptions()), []);

    private EvalOptions Options => new()
    {
        TruthDir = Path.Combine(Repo.Root, "corpus", "scans", "truth"),
        OutDir = _out,
        OnlyClass = "born-digital",
        Limit = 1,
    };

    private static readonly RunInfo Info = new(DateTimeOffset.UnixEpoch, "test", "test", "text layer");

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Run_WithACorrectorThatChangesNothing_ScoresBothSidesTheSame()
    {
        var report = new CorrectionSideBySide(TextLayer.Extract, r => r).Run(Options, Info);

        Assert.Equal(report.Off.Overall.Characters, report.On.Overall.Characters);
        Assert.Empty(report.Deltas);
        Assert.Equal(0, report.Changes);
    }

    [Fact]
    public void Run_WithACorrectorThatGarblesAnActivity_ReportsThatFieldWorse_WithTheChangeBehindIt()
    {
        static SopRecord Garble(SopRecord r)
        {
            var step = r.Steps[0];
            var garbled = step.Activity.Replace('a', 'o');
            return r with
            {
                Steps = [step with { Activity = garbled }, .. r.Steps.Skip(1)],
                Corrections = [new CorrectionRecord("steps[0].activity", step.Activity, garbled, 0.9)],
            };
        }

        var report = new CorrectionSideBySide(TextLayer.Extract, Garble).Run(Options, Info);
        SideBySideWriter.Write(report, _out);

        var delta = Assert.Single(report.Deltas);
        Assert.Equal("activity", delta.Field);
        Assert.True(delta.Delta < 0, $"delta {delta.Delta}");
        Assert.Single(delta.Changes);
        Assert.True(report.On.Overall.FieldCharacters["activity"].Hits < report.Off.Overall.FieldCharacters["activity"].Hits);
        Assert.Equal(report.Off.Overall.FieldCharacters["title"], report.On.Overall.FieldCharacters["title"]);

        var markdown = File.ReadAllText(Path.Combine(_out, "correction.md"));
        Assert.Contains("| charAccuracy: activity |", markdown);
        Assert.Contains("fields better: 0, worse: 1", markdown);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "correction.json")));
        Assert.True(json.RootElement.GetProperty("overall").GetProperty("charAccuracy").GetProperty("delta").GetDouble() < 0);
        Assert.True(File.Exists(Path.Combine(_out, "report.md")));
        Assert.True(File.Exists(Path.Combine(_out, CorrectionSideBySide.OffFolder, "report.md")));
        Assert.True(Directory.EnumerateFiles(Path.Combine(_out, CorrectionSideBySide.OffFolder, "extracted")).Any());
    }

    [Theory]
    [InlineData("steps[3].activity", "activity")]
    [InlineData("agency.office", "agency")]
    [InlineData("agency.units[0]", "agency")]
    [InlineData("approval.position", "approval")]
    [InlineData("legalBasis[2]", "legalBasis")]
    [InlineData("title", "title")]
    public void ScoredField_MapsACorrectionPathToTheScorersField(string path, string field) =>
        Assert.Equal(field, CorrectionSideBySide.ScoredField(path));
}
