using SopIngest.Search.Analysis;
using SopIngest.Search.Lucene;
using SopIngest.Search.Records;

namespace SopIngest.Search.Tests.Lucene;

public sealed class LuceneSearchIndexTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sopingest-lucene-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static LuceneSearchIndex InMemory(params IndexedRecord[] records)
    {
        var index = new LuceneSearchIndex(new LuceneSearchIndexOptions(), IndonesianAnalysis.Default);
        index.Upsert(records);
        return index;
    }

    [Fact]
    public void Search_FindsAffixVariants_ThroughRoots()
    {
        var hits = TestCorpus.Index.Search(new SearchQuery("menyusun laporan tahunan")).Hits;
        Assert.Contains(hits.Take(3), h => h.Id == TestCorpus.ByKey("004:penyusunan-laporan-tahunan").Id);
    }

    [Fact]
    public void Search_ReturnsTheContractShape_WithHighlightedSnippet()
    {
        var hit = TestCorpus.Index.Search(new SearchQuery("izin menikah", 1)).Hits.Single();
        var expected = TestCorpus.ByKey("000:permohonan-izin-memilih");
        Assert.Equal(expected.Id, hit.Id);
        Assert.Equal(expected.File, hit.File);
        Assert.Equal(expected.Record.Title, hit.Title);
        Assert.Equal(expected.Record.Number, hit.Number);
        Assert.Contains("DINAS KETENAGAKERJAAN", hit.Agency);
        Assert.Contains("<em>izin</em> <em>menikah</em>", hit.Snippet);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Search_MatchesOcrGarbledWords_Fuzzily()
    {
        // 000:penyiapanan-rencana-kerja reads "PENYIAPANAN RENCANA KERJA STRATEGIS" in the corpus
        var hits = TestCorpus.Index.Search(new SearchQuery("penyiapan rencana kerja strategis", 3)).Hits;
        Assert.Equal(TestCorpus.ByKey("000:penyiapanan-rencana-kerja").Id, hits[0].Id);
    }

    [Fact]
    public void Search_CountsFacets_AndAppliesFilters()
    {
        var all = TestCorpus.Index.Search(new SearchQuery("kenaikan gaji berkala") { Facets = true });
        Assert.Contains(all.Facets["government"], f => f.Value == "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR");
        Assert.Contains(all.Facets["year"], f => f.Value == "2023");
        Assert.Contains(all.Facets["actor"], f => f.Value == "Pengelola Kepegawaian");

        var kaltim = TestCorpus.Index.Search(new SearchQuery("kenaikan gaji berkala")
            { Filters = new SearchFilters(Government: "PEMERINTAH PROVINSI KALIMANTAN TIMUR", Year: 2023) });
        Assert.NotEmpty(kaltim.Hits);
        Assert.All(kaltim.Hits, h => Assert.Contains("KALIMANTAN TIMUR", h.Agency));
        Assert.Equal(TestCorpus.ByKey("003:kenaikan-gaji-berkala").Id, kaltim.Hits[0].Id);
    }

    [Fact]
    public void Upsert_IsSearchableAtOnce_AndReplacesById()
    {
        var record = TestCorpus.ByKey("003:kenaikan-gaji-berkala");
        using var index = InMemory(record);
        Assert.Equal(1, index.Search(new SearchQuery("gaji berkala")).Total);

        // a reviewer saves a corrected title: visible to the next search without a commit
        index.Upsert([record with { Record = record.Record with { Title = "Kenaikan Gaji Berkala Pegawai Teladan" } }]);
        var hits = index.Search(new SearchQuery("teladan")).Hits;
        Assert.Equal(record.Id, Assert.Single(hits).Id);
        Assert.Equal(1, index.Count);

        index.Delete(record.Id);
        Assert.Equal(0, index.Search(new SearchQuery("gaji")).Total);
    }

    [Fact]
    public void Index_OnDisk_PersistsRecords_ForAReadOnlyReader()
    {
        var path = Path.Combine(_dir, "index");
        var record = TestCorpus.ByKey("004:penerbitan-surat-pemberitahuan");
        using (var writer = new LuceneSearchIndex(new LuceneSearchIndexOptions { Path = path }, IndonesianAnalysis.Default))
            writer.Upsert([record]);

        using var reader = new LuceneSearchIndex(new LuceneSearchIndexOptions { Path = path, ReadOnly = true }, IndonesianAnalysis.Default);
        var stored = reader.Get(record.Id)!;
        Assert.Equal(record.Record.Title, stored.Record.Title);
        Assert.Equal(record.Record.Steps.Count, stored.Record.Steps.Count);
        Assert.Equal(record.Id, stored.Record.Id);
        Assert.Throws<InvalidOperationException>(() => reader.Upsert([record]));
    }

    [Fact]
    public void Search_WithOnlyStopWords_MatchesEverything()
    {
        using var index = InMemory(TestCorpus.ByKey("003:kenaikan-gaji-berkala"), TestCorpus.ByKey("004:penerbitan-surat-pemberitahuan"));
        Assert.Equal(2, index.Search(new SearchQuery("yang dan")).Total);
    }
}
