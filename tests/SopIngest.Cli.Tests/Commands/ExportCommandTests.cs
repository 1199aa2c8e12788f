using System.Xml.Linq;
using SopIngest.Cli;
using SopIngest.Cli.Commands;

namespace SopIngest.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sopingest-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string CorpusRecords(string name) => Repo.Path("corpus", "records", name + ".json");

    [Theory]
    [InlineData("bpmn")]
    [InlineData("svg")]
    public void Run_WritesWellFormedXml(string format)
    {
        var target = Path.Combine(_dir, "record." + format);

        var code = ExportCommand.Run(CliArgs.Parse([CorpusRecords("004_8c349c8b61ce075b"), "--record", "0", "--format", format, "--out", target]));

        Assert.Equal(0, code);
        Assert.NotNull(XDocument.Load(target).Root);
    }

    [Fact]
    public void Run_RefusesRecordIndexOutOfRange()
    {
        Assert.Equal(2, ExportCommand.Run(CliArgs.Parse([CorpusRecords("003_609f3079cfa7c797"), "--record", "99", "--format", "csv"])));
    }
}
