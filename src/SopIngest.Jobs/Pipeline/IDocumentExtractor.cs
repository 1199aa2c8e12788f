using SopIngest.Core.Records;
using SopIngest.Extraction.Pipeline;

namespace SopIngest.Jobs.Pipeline;

/// <summary>
/// The reading work of one document (reader, record builder, record stages such as correction). Its
/// output is stored under (document, page 0, <see cref="Stage"/>, <see cref="Version"/>): raise the
/// version when the pipeline changes and stored results should be recomputed.
/// </summary>
public interface IDocumentExtractor
{
    string Stage { get; }

    int Version { get; }

    ExtractResult Extract(string path);
}

/// <summary>The extraction pipeline the host composed, as one document-level stage.</summary>
public sealed class PipelineExtractor(ExtractionPipeline pipeline, int version = 1) : IDocumentExtractor
{
    public string Stage => "extract";

    public int Version => version;

    public ExtractResult Extract(string path) => pipeline.Extract(path);
}
