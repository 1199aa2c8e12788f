using System.Text.Json;
using SopIngest.Cli;
using SopIngest.Cli.Commands;
using SopIngest.Core.Json;

namespace SopIngest.Cli.Tests.Commands;

/// <summary><c>eval --correction both</c> on the checked-in born-digital file, with the shipped corrector model.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sopingest-eval-").FullName;

    private static string Scans => Path.Combine(Repo.Root, "corpus", "scans");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Run_WithCorrectionBoth_FromEarlierOutputs_WritesBothReportsAndTheSideBySide()
    {
        // The uncorrected output of an earlier run, as --extracted reads it (here made by the text-layer reader).
        var earlier = Directory.CreateDirectory(Path.Combine(_dir, "earlier")).FullName;
        var pdf = Path.Combine(Scans, "synth-1-008-digital.pdf");
        File.WriteAllText(Path.Combine(earlier, "synth-1-008-digital.json"), SopJson.Serialize(Composition.FromEnvironment(false).Pipeline.Extract(pdf)));
        var outDir = Path.Combine(_dir, "out");

        var code = EvalCommand.Run(CliArgs.Parse([
            "--truth", Path.Combine(Scans, "truth"), "--out", outDir, "--only", "born-digital", "--limit", "1",
            "--correction", "both", "--extracted", earlier]), Composition.FromEnvironment);

        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(outDir, "report.md")));
        Assert.True(File.Exists(Path.Combine(outDir, "correction-off", "report.md")));
        Assert.Contains("| charAccuracy |", File.ReadAllText(Path.Combine(outDir, "correction.md")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "correction.json")));
        var chars = json.RootElement.GetProperty("overall").GetProperty("charAccuracy");
        Assert.True(chars.GetProperty("off").GetDouble() > 0.9, "the born-digital file reads almost perfectly");
        Assert.True(chars.GetProperty("delta").GetDouble() >= 0, "the corrector makes no field of it worse");
    }

    [Fact]
    public void Run_WithoutTruth_IsAUsageError() =>
        Assert.Equal(2, EvalCommand.Run(CliArgs.Parse(["--out", _dir, "--correction", "both"]), Composition.FromEnvironment));

    [Fact]
    public void Run_WithAnUnknownCorrectionValue_IsAUsageError() =>
        Assert.Equal(2, EvalCommand.Run(CliArgs.Parse(["--truth", Path.Combine(Scans, "truth"), "--out", _dir, "--correction", "maybe"]), Composition.FromEnvironment));
}
