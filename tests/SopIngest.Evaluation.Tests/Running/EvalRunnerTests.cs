using SkiaSharp;
using SopIngest.Evaluation.Reporting;
using SopIngest.Evaluation.Running;
using SopIngest.Extraction.Pipeline;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Reading.Export;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Extraction.Records;

namespace SopIngest.Evaluation.Tests.Running;

/// <summary>
/// The harness on a tiny subset of the checked-in scan set (one born-digital file, one scan), with the
/// text-layer readers only: seconds in CI. The full set runs by hand with <c>sopingest eval</c>.
/// </summary>
public sealed class EvalRunnerTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("eval-test-").FullName;

    private static readonly ExtractionPipeline TextOnly = new(
        new IDocumentReader[] { new ExportTextReader(new ExportTextReaderOptions()), new PdfTextReader(new PdfTextReaderOptions()) },
        new RecordBuilder(new RecordBuilderOptions()),
        []);

    private static string Scans => Path.Combine(Repo.Root, "corpus", "scans");

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Run_OnBornDigitalFile_FindsItsRecordsAndWritesTheReports()
    {
        var files = new EvalRunner(TextOnly.Extract).Run(new EvalOptions
        {
            TruthDir = Path.Combine(Scans, "truth"),
            OutDir = _out,
            OnlyClass = "born-digital",
            Limit = 1,
        });
        var report = new EvalReport(new RunInfo(DateTimeOffset.UnixEpoch, "test", "test", "text readers"), files);
        ReportWriter.Write(report, _out);

        var file = Assert.Single(files);
        Assert.Equal("born-digital", file.Classes["kind"]);
        Assert.Null(file.Error);
        Assert.True(file.Score.MatchedRecords > 0);
        Assert.Contains("| recordRecall |", File.ReadAllText(Path.Combine(_out, "report.md")));
        Assert.Contains("| overall | 1 |", File.ReadAllText(Path.Combine(_out, "report.md")));
        Assert.InRange(file.Score.AllText.Value ?? 0, 0.9, 1.0);
        Assert.Contains("\"kind: born-digital\"", File.ReadAllText(Path.Combine(_out, "report.json")));
        using var chart = SKBitmap.Decode(Path.Combine(_out, "chart.png"));
        Assert.True(chart.Width > 300);
        Assert.True(File.Exists(Path.Combine(_out, "extracted", Path.ChangeExtension(file.File, ".json"))));
    }

    [Fact]
    public void Run_OnImageOnlyScan_WithoutOcr_ScoresZeroRecordsWithTheError()
    {
        var files = new EvalRunner(TextOnly.Extract).Run(new EvalOptions
        {
            TruthDir = Path.Combine(Scans, "truth"),
            OutDir = _out,
            OnlyClass = "scanned",
            Limit = 1,
        });

        var file = Assert.Single(files);
        Assert.NotNull(file.Error);
        Assert.Equal(0, file.Score.MatchedRecords);
        Assert.Equal(0.0, file.Score.Metrics().Single(m => m.Name == "recordRecall").Value);
        // Side by side: nothing read by these readers, most of the text by plain tesseract on the same page images.
        Assert.Equal(0.0, file.Score.AllText.Value);
        Assert.InRange(file.Score.BaselineAllText.Value ?? 0, 0.5, 1.0);
    }
}
