namespace SopIngest.Testing;

/// <summary>The checkout the tests run in: real documents and golden files are read from it.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SopIngest.sln")))
                return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (SopIngest.sln) above " + AppContext.BaseDirectory);
    }
}
