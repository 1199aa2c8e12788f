using Spectre.Console;

namespace SopIngest.Cli;

/// <summary>Progress and messages go to stderr: stdout belongs to the verb's result.</summary>
internal static class StderrConsole
{
    public static IAnsiConsole Create() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
