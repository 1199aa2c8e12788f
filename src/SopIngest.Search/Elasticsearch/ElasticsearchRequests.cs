using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SopIngest.Core.Json;
using SopIngest.Search.Analysis;
using SopIngest.Search.Records;

namespace SopIngest.Search.Elasticsearch;

/// <summary>The JSON bodies of the Elasticsearch 8 REST API calls the backend makes.</summary>
internal static class ElasticsearchRequests
{
    private static readonly string[] FacetNames = ["government", "office", "year", "actor"];

    /// <summary>
    /// <c>PUT _index_template/NAME</c>: the built-in <c>indonesian</c> analyzer rebuilt as a custom one (as
    /// the analysis docs show) so the synonym map and stop words can join it; synonyms at search time.
    /// </summary>
    public static JsonObject IndexTemplate(string index, IndonesianAnalysis analysis)
    {
        JsonObject Text() => new() { ["type"] = "text", ["analyzer"] = "sop_indonesian", ["search_analyzer"] = "sop_indonesian_search" };
        var properties = new JsonObject
        {
            ["id"] = new JsonObject { ["type"] = "keyword" },
            ["file"] = new JsonObject { ["type"] = "keyword" },
            ["display_title"] = new JsonObject { ["type"] = "keyword", ["index"] = false },
            ["display_number"] = new JsonObject { ["type"] = "keyword", ["index"] = false },
            ["display_agency"] = new JsonObject { ["type"] = "keyword", ["index"] = false },
            ["government"] = new JsonObject { ["type"] = "keyword" },
            ["office"] = new JsonObject { ["type"] = "keyword" },
            ["year"] = new JsonObject { ["type"] = "integer" },
            ["actor"] = new JsonObject { ["type"] = "keyword" },
            ["content"] = new JsonObject
            {
                ["type"] = "text", ["analyzer"] = "sop_indonesian", ["search_analyzer"] = "sop_indonesian_search",
                ["term_vector"] = "with_positions_offsets",
            },
            ["record"] = new JsonObject { ["type"] = "object", ["enabled"] = false },
        };
        foreach (var (field, _) in RecordFields.Boosts) properties[field] = Text();

        return new JsonObject
        {
            ["index_patterns"] = new JsonArray(index),
            ["template"] = new JsonObject
            {
                ["settings"] = new JsonObject
                {
                    ["analysis"] = new JsonObject
                    {
                        ["filter"] = new JsonObject
                        {
                            ["sop_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = Array(analysis.StopWords.Words.Order(StringComparer.Ordinal)) },
                            ["sop_stemmer"] = new JsonObject { ["type"] = "stemmer", ["language"] = "indonesian" },
                            ["sop_synonyms"] = new JsonObject { ["type"] = "synonym_graph", ["synonyms"] = Array(analysis.Synonyms.ToSolrLines()) },
                        },
                        ["analyzer"] = new JsonObject
                        {
                            ["sop_indonesian"] = new JsonObject
                            {
                                ["tokenizer"] = "standard", ["filter"] = Array(["lowercase", "sop_stop", "sop_stemmer"]),
                            },
                            ["sop_indonesian_search"] = new JsonObject
                            {
                                ["tokenizer"] = "standard", ["filter"] = Array(["lowercase", "sop_synonyms", "sop_stop", "sop_stemmer"]),
                            },
                        },
                    },
                },
                ["mappings"] = new JsonObject { ["dynamic"] = "strict", ["properties"] = properties },
            },
        };
    }

    /// <summary>The <c>_source</c> of one record: its searchable fields, facet values, display fields and the record itself.</summary>
    public static JsonObject Document(IndexedRecord item)
    {
        var r = item.Record;
        var doc = new JsonObject
        {
            ["id"] = item.Id,
            ["file"] = item.File,
            ["display_title"] = r.Title,
            ["display_number"] = r.Number,
            ["display_agency"] = RecordFields.AgencyLabel(r, item.File),
            ["government"] = r.Agency.Government,
            ["office"] = r.Agency.Office,
            ["year"] = RecordFields.Year(r),
            ["actor"] = Array(RecordFields.FacetActors(r)),
            ["content"] = RecordFields.Content(r),
            ["record"] = JsonNode.Parse(SopJson.Serialize(r with { Id = item.Id }, indented: false)),
        };
        foreach (var (field, text) in RecordFields.Text(r)) doc[field] = text;
        return doc;
    }

    /// <summary>The NDJSON body of <c>POST _bulk</c>: an <c>index</c> action and the source per record.</summary>
    public static string Bulk(string index, IEnumerable<IndexedRecord> records)
    {
        var sb = new StringBuilder();
        foreach (var record in records)
        {
            var action = new JsonObject { ["index"] = new JsonObject { ["_index"] = index, ["_id"] = record.Id } };
            sb.Append(action.ToJsonString()).Append('\n').Append(Document(record).ToJsonString()).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary><c>POST INDEX/_search</c>: boosted fields with fuzziness, filters, highlight and terms aggregations.</summary>
    public static JsonObject Search(SearchQuery query, int snippetLength)
    {
        JsonNode main = query.Text.Trim().Length == 0
            ? new JsonObject { ["match_all"] = new JsonObject() }
            : new JsonObject
            {
                ["multi_match"] = new JsonObject
                {
                    ["query"] = query.Text,
                    ["type"] = "most_fields",
                    ["fields"] = Array(RecordFields.Boosts.Select(b => $"{b.Field}^{b.Boost.ToString(CultureInfo.InvariantCulture)}")),
                    ["fuzziness"] = "AUTO",
                    ["prefix_length"] = 1,
                    ["max_expansions"] = 16,
                },
            };
        var filters = new JsonArray();
        void Filter(string field, JsonNode? value)
        {
            if (value is not null) filters.Add(new JsonObject { ["term"] = new JsonObject { [field] = value } });
        }
        Filter("government", query.Filters.Government);
        Filter("office", query.Filters.Office);
        Filter("year", query.Filters.Year);
        Filter("actor", query.Filters.Actor);

        var body = new JsonObject
        {
            ["size"] = query.Top,
            ["track_total_hits"] = true,
            ["_source"] = Array(["id", "file", "display_title", "display_number", "display_agency"]),
            ["query"] = new JsonObject { ["bool"] = new JsonObject { ["must"] = new JsonArray(main), ["filter"] = filters } },
            ["highlight"] = new JsonObject
            {
                ["pre_tags"] = Array(["<em>"]),
                ["post_tags"] = Array(["</em>"]),
                ["encoder"] = "html",
                ["fields"] = new JsonObject
                {
                    ["content"] = new JsonObject { ["fragment_size"] = snippetLength, ["number_of_fragments"] = 1, ["no_match_size"] = snippetLength },
                },
            },
        };
        if (query.Facets)
        {
            var aggs = new JsonObject();
            foreach (var name in FacetNames) aggs[name] = new JsonObject { ["terms"] = new JsonObject { ["field"] = name, ["size"] = 20 } };
            body["aggs"] = aggs;
        }
        return body;
    }

    /// <summary>A <c>_search</c> response in the backend-neutral result shape.</summary>
    public static SearchResult ReadSearch(JsonNode response)
    {
        var hits = response["hits"]!;
        var total = hits["total"] is JsonObject t ? t["value"]!.GetValue<int>() : hits["total"]?.GetValue<int>() ?? 0;
        var list = hits["hits"]!.AsArray().Select(h =>
        {
            var source = h!["_source"]!;
            var snippet = h["highlight"]?["content"]?[0]?.GetValue<string>() ?? "";
            return new SearchHit(h["_id"]!.GetValue<string>(), Str(source["file"]), Str(source["display_title"]), Str(source["display_number"]),
                Str(source["display_agency"]), h["_score"]?.GetValue<double>() ?? 0, snippet);
        }).ToList();
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>();
        if (response["aggregations"] is JsonObject aggs)
            foreach (var (name, agg) in aggs)
                facets[name] = agg!["buckets"]!.AsArray()
                    .Select(b => new FacetValue(b!["key_as_string"]?.GetValue<string>() ?? KeyText(b["key"]!), b["doc_count"]!.GetValue<int>()))
                    .ToList();
        return new SearchResult(total, list) { Facets = facets };
    }

    private static string KeyText(JsonNode key) => key.GetValueKind() == JsonValueKind.Number
        ? key.GetValue<double>().ToString(CultureInfo.InvariantCulture)
        : key.GetValue<string>();

    private static string Str(JsonNode? node) => node?.GetValue<string>() ?? "";

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
