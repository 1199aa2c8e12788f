namespace SopIngest.Cli;

/// <summary>Where the shipped models live: <c>SOPINGEST_MODELS</c>, else the <c>models/</c> folder of the checkout.</summary>
internal static class ModelFiles
{
    public static string? Corrector() => Find("corrector", "model.zip");

    private static string? Find(string model, string marker)
    {
        var configured = Environment.GetEnvironmentVariable("SOPINGEST_MODELS");
        var candidates = configured is { Length: > 0 }
            ? [Path.Combine(configured, model)]
            : Ancestors(AppContext.BaseDirectory).Concat(Ancestors(Environment.CurrentDirectory)).Select(d => Path.Combine(d, "models", model));
        return candidates.FirstOrDefault(dir => File.Exists(Path.Combine(dir, marker)));
    }

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            yield return dir.FullName;
    }
}
