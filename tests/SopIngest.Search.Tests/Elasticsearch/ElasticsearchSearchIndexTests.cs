using System.Net;
using System.Text.Json.Nodes;
using SopIngest.Core.Json;
using SopIngest.Search.Analysis;
using SopIngest.Search.Elasticsearch;
using SopIngest.Search.Records;

namespace SopIngest.Search.Tests.Elasticsearch;

/// <summary>The REST backend against request/response fixtures shaped as the Elasticsearch 8 API documents them.</summary>
public sealed class ElasticsearchSearchIndexTests
{
    private readonly FakeElasticsearch _es = new();
    private readonly List<TimeSpan> _waits = [];

    private ElasticsearchSearchIndex Index() =>
        new(new HttpClient(_es) { BaseAddress = new Uri("http://es.test:9200/") }, new ElasticsearchOptions(), IndonesianAnalysis.Default,
            t => { _waits.Add(t); return Task.CompletedTask; });

    private static IndexedRecord Record(string id, string key) => TestCorpus.ByKey(key) with { Id = id };

    [Fact]
    public void Upsert_PutsTheTemplate_ThenBulkIndexes_AndRetriesRejectedItems()
    {
        _es.Respond("acknowledged.json").Respond("bulk-response-partial.json").Respond("bulk-response-ok.json");
        using var index = Index();

        index.Upsert([Record("REC0", "003:kenaikan-gaji-berkala"), Record("REC1", "004:penerbitan-surat-pemberitahuan")]);

        Assert.Equal(3, _es.Requests.Count);
        var template = _es.Requests[0];
        Assert.Equal((HttpMethod.Put, "/_index_template/sop-records"), (template.Method, template.PathAndQuery));
        var body = JsonNode.Parse(template.Body)!;
        Assert.Equal("sop-records", body["index_patterns"]![0]!.GetValue<string>());
        var analysis = body["template"]!["settings"]!["analysis"]!;
        Assert.Equal("indonesian", analysis["filter"]!["sop_stemmer"]!["language"]!.GetValue<string>());
        Assert.Contains("kgb, kenaikan gaji berkala", analysis["filter"]!["sop_synonyms"]!["synonyms"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("sop_indonesian_search", body["template"]!["mappings"]!["properties"]!["title"]!["search_analyzer"]!.GetValue<string>());

        var first = _es.Requests[1];
        Assert.Equal((HttpMethod.Post, "/_bulk?refresh=wait_for", "application/x-ndjson"), (first.Method, first.PathAndQuery, first.ContentType));
        var lines = first.Body.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("REC0", JsonNode.Parse(lines[0])!["index"]!["_id"]!.GetValue<string>());
        var source = JsonNode.Parse(lines[1])!;
        Assert.Equal("Kenaikan Gaji Berkala", source["title"]!.GetValue<string>());
        Assert.Equal(2023, source["year"]!.GetValue<int>());
        Assert.Equal("REC0", source["record"]!["id"]!.GetValue<string>());

        // only the item rejected with 429 is sent again, after a backoff
        var retry = _es.Requests[2].Body.TrimEnd('\n').Split('\n');
        Assert.Equal(2, retry.Length);
        Assert.Equal("REC1", JsonNode.Parse(retry[0])!["index"]!["_id"]!.GetValue<string>());
        Assert.Single(_waits);
    }

    [Fact]
    public void Upsert_RetriesAnOverloadedCluster_AndReportsItemsThatCannotBeIndexed()
    {
        _es.Respond("acknowledged.json")
            .Respond("{\"error\":\"unavailable\"}", HttpStatusCode.ServiceUnavailable)
            .Respond("bulk-response-mapping-error.json");
        using var index = Index();

        var error = Assert.Throws<ElasticsearchException>(() => index.Upsert([Record("REC0", "003:kenaikan-gaji-berkala")]));

        Assert.Equal(["REC0"], error.FailedIds);
        Assert.Equal(3, _es.Requests.Count);
        Assert.Single(_waits);
    }

    [Fact]
    public void Search_SendsBoostedFuzzyQuery_WithFiltersHighlightAndAggregations_AndReadsTheSameResultShape()
    {
        _es.Respond("search-response.json");
        using var index = Index();

        var result = index.Search(new SearchQuery("kenaikan gaji berkala", 5)
            { Facets = true, Filters = new SearchFilters(Year: 2023) });

        var request = _es.Requests.Single();
        Assert.Equal((HttpMethod.Post, "/sop-records/_search"), (request.Method, request.PathAndQuery));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal(5, body["size"]!.GetValue<int>());
        var match = body["query"]!["bool"]!["must"]![0]!["multi_match"]!;
        Assert.Equal("AUTO", match["fuzziness"]!.GetValue<string>());
        Assert.Contains("title^6", match["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(2023, body["query"]!["bool"]!["filter"]![0]!["term"]!["year"]!.GetValue<int>());
        Assert.Equal("<em>", body["highlight"]!["pre_tags"]![0]!.GetValue<string>());
        Assert.Equal("actor", body["aggs"]!["actor"]!["terms"]!["field"]!.GetValue<string>());

        Assert.Equal(4, result.Total);
        Assert.Equal(2, result.Hits.Count);
        var hit = result.Hits[0];
        Assert.Equal("9ee1603471a92fcc9799584b5f5900ae76c14bdfd1895d2f9cb9c591a43aaf3c:10", hit.Id);
        Assert.Equal(("003_609f3079cfa7c797.txt", "Kenaikan Gaji Berkala", "067/2023/IDSEK.UM/DP2KUKM"), (hit.File, hit.Title, hit.Number));
        Assert.Equal(14.2, hit.Score);
        Assert.StartsWith("<em>Kenaikan</em>", hit.Snippet);
        Assert.Equal("", result.Hits[1].Snippet);
        Assert.Equal(new FacetValue("PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", 2), result.Facets["government"][0]);
        Assert.Equal(new FacetValue("2023", 1), result.Facets["year"][0]);
    }

    [Fact]
    public void Get_ReadsTheStoredRecord_AndNullWhenNotFound()
    {
        var record = Record("REC0", "004:penerbitan-surat-pemberitahuan");
        var source = ElasticsearchRequests.Document(record);
        _es.Respond(new JsonObject { ["_index"] = "sop-records", ["_id"] = "REC0", ["found"] = true, ["_source"] = source }.ToJsonString())
            .Respond("get-not-found.json", HttpStatusCode.NotFound);
        using var index = Index();

        var got = index.Get("REC0")!;
        Assert.Equal(record.Record.Title, got.Record.Title);
        Assert.Equal(record.Record.Steps.Count, got.Record.Steps.Count);
        Assert.Equal(record.File, got.File);
        Assert.Null(index.Get("missing:0"));
        Assert.Equal("/sop-records/_doc/REC0", _es.Requests[0].PathAndQuery);
    }
}
