using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Storage.Store;

namespace SopIngest.Storage.Tests.Store;

public sealed class RecordWriterTests
{
    private static readonly string Sha = "0123456789ab" + new string('c', 52);

    internal static SopRecord ARecord(string title) => SopJson.Deserialize<SopRecord>($$"""
        {"pages":[1,2],"agency":{"government":"PEMERINTAH KOTA BONTANG","office":"DINAS KETENAGAKERJAAN","units":[]},
         "number":"800/01","title":"{{title}}","dates":{"created":null,"revised":null,"effective":null},
         "approval":{"position":"Kepala Dinas","name":"","nip":""},"legalBasis":[],"qualifications":[],"relatedSops":[],
         "equipment":[],"warnings":[],"recordKeeping":[],"actors":["Kepala Dinas"],"steps":[]}
        """);

    [Fact]
    public void Store_SameResultTwice_CreatesNoDuplicateAndNoRevision()
    {
        using var store = new TempStore();
        var docId = new BatchRegistry(store.Database, TimeProvider.System).Register("cli", [new AcceptedFile("a.txt", Sha, "text", 1)]).DocumentsToRun.Single();
        var writer = new RecordWriter(store.Database, TimeProvider.System);

        var first = writer.Store(docId, [ARecord("Pelayanan Izin"), ARecord("Penerbitan Kartu")], "worker");
        writer.Store(docId, [ARecord("Pelayanan Izin"), ARecord("Penerbitan Kartu")], "worker");

        Assert.Equal(["0123456789ab-001", "0123456789ab-002"], first.Select(r => r.Id!).ToList());
        using var db = store.Database.Open();
        Assert.Equal(2, db.Records.Count());
        Assert.Equal(2, db.RecordRevisions.Count());
        Assert.Equal("Penerbitan Kartu", new StatusQueries(store.Database).Record("0123456789ab-002")!.Title);
    }

    [Fact]
    public void Store_ChangedRecord_KeepsThePreviousStateAsARevision_WithWhoAndWhat()
    {
        using var store = new TempStore();
        var docId = new BatchRegistry(store.Database, TimeProvider.System).Register("cli", [new AcceptedFile("a.txt", Sha, "text", 1)]).DocumentsToRun.Single();
        var writer = new RecordWriter(store.Database, TimeProvider.System);
        writer.Store(docId, [ARecord("Pelayanan Izn")], "worker");

        var corrected = ARecord("Pelayanan Izin") with { Corrections = [new Correction("title", "Izn", "Izin", 0.97)] };
        writer.Store(docId, [corrected], "corrector");

        using var db = store.Database.Open();
        var revisions = db.RecordRevisions.OrderBy(r => r.Revision).ToList();
        Assert.Equal([1, 2], revisions.Select(r => r.Revision).ToList());
        Assert.Contains("Pelayanan Izn", revisions[0].Json);
        Assert.Equal("corrector", revisions[1].ChangedBy);
        Assert.Equal("title, corrections", revisions[1].Change);
        var correction = db.Corrections.Single();
        Assert.Equal(("title", "Izn", "Izin", 2), (correction.Field, correction.From, correction.To, correction.Revision));
        Assert.Equal(2, db.Records.Single().Revision);
    }
}
