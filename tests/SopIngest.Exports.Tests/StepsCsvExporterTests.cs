namespace SopIngest.Exports.Tests;

public sealed class StepsCsvExporterTests
{
    [Fact]
    public void Export_WritesHeaderAndOneRowPerStep_QuotingCommas()
    {
        var record = CorpusRecords.WithDecision();

        var lines = StepsCsvExporter.Export(record).TrimEnd().Split(Environment.NewLine);

        Assert.StartsWith("no,activity,actors,shape", lines[0]);
        Assert.Equal(record.Steps.Count + 1, lines.Length);
        Assert.Contains(lines, l => l.Contains(":Tidak"));
        Assert.Contains(lines, l => l.Contains("\"") && l.Contains(','));
    }
}
