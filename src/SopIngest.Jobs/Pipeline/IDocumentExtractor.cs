using SopIngest.Core.Records;
using SopIngest.Extraction.Pipeline;

namespace SopIngest.Jobs.Pipeline;

/// <summary>
/// The reading work of one document as the jobs run it: whole (<see cref="Extract"/>: reader, record builder,
/// record stages), or in two halves when its reader reads page by page (<see cref="OpenPages"/>, one job per
/// page, then <see cref="Assemble"/>). Outputs are stored under <see cref="Version"/>: raise it when the
/// pipeline changes and stored results should be recomputed.
/// </summary>
public interface IDocumentExtractor
{
    /// <summary>The name of the whole-document stage.</summary>
    string Stage { get; }

    int Version { get; }

    ExtractResult Extract(string path);

    /// <summary>The file's pages when its reader reads page by page; null when it is read whole.</summary>
    IPagedDocument? OpenPages(string path);

    /// <summary>The one record builder and the record stages (correction) over pages read one by one.</summary>
    ExtractResult Assemble(string path, IReadOnlyList<PageReading> pages);
}

/// <summary>The extraction pipeline the host composed.</summary>
public sealed class PipelineExtractor(ExtractionPipeline pipeline, int version = 1) : IDocumentExtractor
{
    public string Stage => "extract";

    public int Version => version;

    public ExtractResult Extract(string path) => pipeline.Extract(path);

    public IPagedDocument? OpenPages(string path) => ExtractionPipeline.OpenPages(pipeline.Open(path));

    public ExtractResult Assemble(string path, IReadOnlyList<PageReading> pages) => pipeline.Assemble(InputFile.Open(path), pages);
}
