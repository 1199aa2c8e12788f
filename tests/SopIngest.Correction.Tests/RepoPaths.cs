namespace SopIngest.Correction.Tests;

/// <summary>Finds the repository's corpus and shipped model from the test's output directory.</summary>
internal static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string ModelDirectory => Path.Combine(Root, "models", "corrector");
    public static string Exports => Path.Combine(Root, "corpus", "ocr-exports");
    public static string Labels => Path.Combine(Root, "corpus", "labels");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "models", "corrector", "corrector.json")) && Directory.Exists(Path.Combine(dir.FullName, "corpus", "labels")))
                return dir.FullName;
        throw new DirectoryNotFoundException("Repository root with models/corrector not found above " + AppContext.BaseDirectory);
    }
}
