using SopIngest.Core.Json;
using SopIngest.Core.Layout;
using SopIngest.Core.Records;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Extraction.Records;
using SopIngest.Storage.Database;
using SopIngest.Storage.Store;
using SopIngest.Storage.Tests;

namespace SopIngest.Web.Tests.Review.Overlays;

/// <summary>
/// The born-digital corpus SOP <c>synth-1-008-digital.pdf</c> read by the project's own PDF reader: its page
/// layouts (what the jobs store per page, stage <c>layout</c>) and the record built from them.
/// </summary>
internal static class CorpusLayout
{
    public const string FileName = "synth-1-008-digital.pdf";

    public static string PdfPath => Path.Combine(PostgresFixture.RepoRoot(), "corpus", "scans", FileName);

    public static LayoutDocument Read() => new PdfTextReader().Read(PdfPath);

    public static SopRecord Record(LayoutDocument layout) => new RecordBuilder().Build(layout).Records.Single();

    /// <summary>Stores each page's layout as the jobs do: one PageResult per 1-based page, stage "layout".</summary>
    public static void Store(StoreDatabase database, long documentId, LayoutDocument layout, int version = 1)
    {
        var work = new DocumentWork(database, TimeProvider.System);
        foreach (var page in layout.Pages)
        {
            var run = work.BeginRun(documentId, page.Number, PageLayoutQueries.Stage, version, "test-seed");
            work.SaveStageOutput(run, documentId, page.Number, PageLayoutQueries.Stage, version, SopJson.Serialize(page, indented: false));
        }
    }
}
