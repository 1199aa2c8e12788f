namespace SopIngest.Cli;

/// <summary>Positional arguments and <c>--name value</c> / <c>--flag</c> options of one verb.</summary>
internal sealed record CliArgs(IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string?> Options)
{
    private static readonly HashSet<string> Flags = ["--wait", "--json", "--no-correct", "--help", "--facets"];

    public static CliArgs Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string?>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--"))
                positional.Add(args[i]);
            else if (Flags.Contains(args[i]) || i + 1 >= args.Count)
                options[args[i]] = null;
            else
                options[args[i]] = args[++i];
        }
        return new CliArgs(positional, options);
    }

    public bool Has(string name) => Options.ContainsKey(name);

    public string? Value(string name) => Options.GetValueOrDefault(name);

    public int Int(string name, int fallback) => int.TryParse(Value(name), out var v) ? v : fallback;
}
