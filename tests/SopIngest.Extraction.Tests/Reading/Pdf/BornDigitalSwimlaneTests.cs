using System.Text.Json;

namespace SopIngest.Extraction.Tests.Reading.Pdf;

/// <summary>The synthetic born-digital SOPs of the scan set: every step's actor and shape as their truth says.</summary>
public sealed class BornDigitalSwimlaneTests
{
    [Theory]
    [InlineData("synth-1-008-digital")]
    [InlineData("synth-1-009-digital")]
    public void Extract_GivesEveryStepTheActorAndShapeDrawnInItsActorColumn(string name)
    {
        var scans = Path.Combine(Corpus.Root, "corpus", "scans");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(scans, "truth", name + ".json")));
        var expected = truth.RootElement.GetProperty("records").EnumerateArray()
            .Select(r => r.GetProperty("steps").EnumerateArray()
                .Select(s => $"{s.GetProperty("no").GetInt32()} {s.GetProperty("shape").GetString()} "
                             + string.Join("|", s.GetProperty("actors").EnumerateArray().Select(a => a.GetString())))
                .ToList())
            .ToList();

        var result = Corpus.NewPipeline().Extract(Path.Combine(scans, name + ".pdf"));

        Assert.Null(result.Error);
        var actual = result.Records
            .Select(r => r.Steps.Select(s => $"{s.No} {s.Shape.ToString().ToLowerInvariant()} {string.Join("|", s.Actors)}").ToList())
            .ToList();
        Assert.Equal(expected, actual);
    }
}
