using SopIngest.Cli;
using SopIngest.Cli.Commands;
using SopIngest.Core.Json;

namespace SopIngest.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sopingest-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Run_WritesEveryFile_AndExitsOne_WhenOneFails()
    {
        var good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, "Nomor SOP : 067/1\nNama SOP : Pengumpulan Data\n\nNo\tKegiatan\tPelaksana\tMutu Baku\n\t\tKasubag\tKelengkapan\tWaktu\tOutput\n1\tMenyusun data\t□\tData\t1 hari\tLaporan\n");
        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(empty, "");
        var outDir = Path.Combine(_dir, "out");

        var code = ExtractCommand.Run(CliArgs.Parse([good, empty, "--out", outDir]), Composition.FromEnvironment());

        Assert.Equal(1, code);
        var read = SopJson.ReadExtract(Path.Combine(outDir, "good.json"));
        Assert.Null(read.Error);
        Assert.Equal("Pengumpulan Data", Assert.Single(read.Records).Title);
        Assert.Equal(["Kasubag"], read.Records[0].Steps[0].Actors);
        Assert.Equal("the file is empty", SopJson.ReadExtract(Path.Combine(outDir, "empty.json")).Error);
    }

    [Fact]
    public void Run_RefusesMissingOutDir_WithUsageExitCode()
    {
        Assert.Equal(2, ExtractCommand.Run(CliArgs.Parse(["x.txt"]), Composition.FromEnvironment()));
    }
}
