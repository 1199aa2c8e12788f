using SopIngest.Storage.Files;
using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Pipeline;

/// <summary>Where a document's file lies in the content-addressed store.</summary>
internal static class StoredInput
{
    public static string PathOf(IFileStore files, WorkItem doc) =>
        files.Find(doc.Sha256, Extension(doc))
        ?? throw new FileNotFoundException($"the stored file of document {doc.Id} ({doc.Sha256}) is missing from the file store");

    private static string Extension(WorkItem doc) => doc.Kind switch
    {
        "pdf" => "pdf",
        "png" => "png",
        "jpeg" => "jpg",
        "tiff" => "tif",
        "zip" => "zip",
        _ => doc.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "md" : "txt",
    };
}
