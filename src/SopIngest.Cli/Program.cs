using SopIngest.Cli;
using SopIngest.Cli.Commands;

// The contract's verbs; each command parses its own arguments and returns the process exit code.
return args.FirstOrDefault() switch
{
    "extract" => ExtractCommand.Run(CliArgs.Parse(args[1..]), Composition.FromEnvironment()),
    "synth" => SynthCommand.Run(CliArgs.Parse(args[1..])),
    "eval" => EvalCommand.Run(CliArgs.Parse(args[1..]), Composition.FromEnvironment),
    "check" => CheckCommand.Run(CliArgs.Parse(args[1..])),
    "export" => ExportCommand.Run(CliArgs.Parse(args[1..])),
    "ingest" => IngestCommand.Run(CliArgs.Parse(args[1..]), Composition.FromEnvironment()),
    "worker" => WorkerCommand.Run(CliArgs.Parse(args[1..]), Composition.FromEnvironment()),
    "serve" => ServeCommand.Run(CliArgs.Parse(args[1..]), Composition.FromEnvironment()),
    "user" => UserCommand.Run(CliArgs.Parse(args[1..]), Console.In),
    "index" => IndexCommand.Run(CliArgs.Parse(args[1..])),
    "search" => SearchCommand.Run(CliArgs.Parse(args[1..])),
    "compare" => CompareCommand.Run(CliArgs.Parse(args[1..])),
    "correct" => CorrectCommand.Run(CliArgs.Parse(args[1..]), Console.In, Console.Out),
    "train-corrector" => TrainCorrectorCommand.Run(CliArgs.Parse(args[1..])),
    "-h" or "--help" or "help" or null => Usage.Print(),
    var verb => Usage.Unknown(verb),
};
