using SopIngest.Correction;

namespace SopIngest.Cli.Commands;

/// <summary><c>correct</c>: OCR-text correction of UTF-8 stdin to stdout, the same number of lines.</summary>
internal static class CorrectCommand
{
    public static int Run(CliArgs args, TextReader input, TextWriter output)
    {
        if (ModelFiles.Corrector() is not { } model)
            return Usage.Fail("the corrector model is missing (models/corrector); run: sopingest train-corrector");
        using var corrector = TextCorrector.Load(model);
        while (input.ReadLine() is { } line)
            output.WriteLine(corrector.CorrectLine(line));
        output.Flush();
        return 0;
    }
}
