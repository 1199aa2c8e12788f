using SopIngest.Cli;
using SopIngest.Cli.Commands;

namespace SopIngest.Cli.Tests.Commands;

public sealed class CorrectCommandTests
{
    [Fact]
    public void Run_CorrectsSeedOcrErrors_AndKeepsEveryLine()
    {
        var input = new StringReader("Keptin Dinas menyiapkan Undangun rapat\n\nNIP. 19730314 199803 2 009\n");
        var output = new StringWriter();

        var code = CorrectCommand.Run(CliArgs.Parse([]), input, output);

        Assert.Equal(0, code);
        Assert.Equal(["Kepala Dinas menyiapkan Undangan rapat", "", "NIP. 19730314 199803 2 009"], output.ToString().TrimEnd('\n').Split('\n'));
    }
}
