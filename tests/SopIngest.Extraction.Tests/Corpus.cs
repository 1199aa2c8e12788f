using SopIngest.Core.Records;
using SopIngest.Extraction.Pipeline;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Reading.Export;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Tests;

/// <summary>The project's real documents: the four seed exports and what the pipeline makes of them.</summary>
internal static class Corpus
{
    public static readonly string[] ExportNames =
        ["000_d61cd9e724486671", "001_222709af16668202", "003_609f3079cfa7c797", "004_8c349c8b61ce075b"];

    private static readonly Lazy<ExtractionPipeline> SharedPipeline = new(NewPipeline);
    private static readonly Dictionary<string, ExtractResult> Cache = [];

    public static string Root => Repo.Root;

    public static string ExportPath(string name) => Path.Combine(Root, "corpus", "ocr-exports", name + ".txt");

    public static string RecordsPath(string name) => Path.Combine(Root, "corpus", "records", name + ".json");

    public static ExtractionPipeline NewPipeline() => new(
        [new ExportTextReader(), new PdfTextReader()],
        new RecordBuilder(),
        Array.Empty<IRecordStage>());

    public static ExtractResult Extract(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var result))
                Cache[name] = result = SharedPipeline.Value.Extract(ExportPath(name));
            return result;
        }
    }

    public static string ExportText(string name) => File.ReadAllText(ExportPath(name));
}
