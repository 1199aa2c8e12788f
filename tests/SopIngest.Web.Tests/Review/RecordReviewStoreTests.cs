using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Storage.Review;
using SopIngest.Storage.Store;
using SopIngest.Storage.Tests;
using SopIngest.Web.Review;

namespace SopIngest.Web.Tests.Review;

/// <summary>Saving, rolling back, approving and the reviewer edits the corrector reads, on a real corpus record in a SQLite store.</summary>
public sealed class RecordReviewStoreTests
{
    private static SopRecord CutiRecord()
    {
        var extract = SopJson.ReadExtract(Path.Combine(PostgresFixture.RepoRoot(), "corpus/records/001_222709af16668202.json"));
        return extract.Records.Single(r => r.Title == "SURAT IJIN CUTI");
    }

    [Fact]
    public void Save_WritesRevisionWithFieldDiff_KeepsTextEditsForTheCorrector_RollbackRestores()
    {
        using var temp = new TempStore();
        var review = new ReviewDatabase(temp.Database.Options);
        review.Migrate();
        var store = new RecordReviewStore(temp.Database, review, TimeProvider.System);
        var sha = new string('c', 64);
        var doc = new BatchRegistry(temp.Database, TimeProvider.System).Register("http", [new AcceptedFile("cuti.txt", sha, "text", 1)]).DocumentsToRun.Single();
        var id = new RecordWriter(temp.Database, TimeProvider.System).Store(doc, [CutiRecord()], "pipeline").Single().Id!;

        var original = store.Load(id)!.Record;
        var steps = original.Steps.ToList();
        steps[5] = steps[5] with { Activity = steps[5].Activity.Replace("fiel cuti", "file cuti") };
        steps[0] = steps[0] with { Actors = ["PNS dan PTT"] };
        var saved = Assert.IsType<SaveOutcome.Saved>(store.Save(id, original with { Steps = steps }, baseRevision: 1, "peninjau"));

        Assert.Equal(2, saved.Revision);
        Assert.Equal(["steps[0].actors", "steps[5].activity"], saved.Changes.Select(c => c.Field).Order());
        Assert.IsType<SaveOutcome.Conflict>(store.Save(id, original, baseRevision: 1, "lain"));
        var edits = new StoredReviewEdits(store).ReadEdits().ToList();
        Assert.Contains(edits, e => e.From == "fiel" && e.To == "file" && e.Context.Contains("fiel cuti"));
        Assert.Equal("peninjau", store.History(id)[0].By);

        Assert.True(store.Approve(id, "peninjau"));
        Assert.False(store.Approve(id, "peninjau"));
        Assert.IsType<SaveOutcome.Saved>(store.Rollback(id, 1, "peninjau"));
        var now = store.Load(id)!;
        Assert.Equal(3, now.Revision);
        Assert.Equal(ReviewState.InReview, now.State); // an edit reopens an approved record
        Assert.Contains("fiel cuti", now.Record.Steps[5].Activity);
    }

    [Fact]
    public void RecordForm_RoundTripsARecord_AndParsesEdgesAndDurations()
    {
        var record = CutiRecord();
        var errors = new List<string>();
        Assert.Empty(RecordDiff.Between(record, RecordForm.From(record, 1).ToRecord(record, errors)));
        Assert.Empty(errors);

        var form = RecordForm.From(record, 1);
        form.Steps[0].Next = "2 Ya, 6 Tidak";
        form.Steps[0].Duration = "1 s/d 2 jam";
        var edited = form.ToRecord(record, errors);
        Assert.Equal([new Edge(2, "Ya"), new Edge(6, "Tidak")], edited.Steps[0].Next);
        Assert.Equal((60d, 120d), (edited.Steps[0].Duration.MinMinutes!.Value, edited.Steps[0].Duration.MaxMinutes!.Value));
        form.Steps[0].Next = "dua";
        form.ToRecord(record, errors);
        Assert.Single(errors);
    }
}
