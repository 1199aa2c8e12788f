using SopIngest.Jobs.Hosting;
using SopIngest.Jobs.Queueing;
using SopIngest.Storage.Records;

namespace SopIngest.Jobs.Pipeline;

/// <summary>The pipeline's jobs over one store — document (split), page, assembly — composed once per process.</summary>
public sealed record JobSet(DocumentJob Document, PageJob Page, AssemblyJob Assembly)
{
    public static JobSet Compose(IngestRuntime runtime, IDocumentExtractor extractor, IReadOnlyList<IRecordSink> sinks, IJobQueue queue, string worker)
    {
        var layouts = new PageLayouts(runtime.Work, extractor.Version);
        var completion = new RecordsCompletion(runtime.Work, runtime.Records, sinks, $"pipeline/{extractor.Stage}@{extractor.Version}");
        return new JobSet(
            new DocumentJob(runtime.Work, runtime.Files, extractor, layouts, completion, queue, worker),
            new PageJob(runtime.Work, runtime.Files, extractor, layouts, queue, worker),
            new AssemblyJob(runtime.Work, runtime.Files, extractor, layouts, completion, queue, worker));
    }
}
