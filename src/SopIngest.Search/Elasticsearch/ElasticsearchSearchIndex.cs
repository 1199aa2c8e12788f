using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Search.Analysis;
using SopIngest.Search.Records;

namespace SopIngest.Search.Elasticsearch;

/// <summary>
/// The Elasticsearch 8 backend over its REST API (plain <see cref="HttpClient"/>): an index template with
/// Indonesian analysis and the synonym map, <c>_bulk</c> indexing with retries, search with highlight and
/// aggregations answered in the same <see cref="SearchResult"/> shape as the embedded backend.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex
{
    private readonly HttpClient _http;
    private readonly ElasticsearchOptions _options;
    private readonly IndonesianAnalysis _analysis;
    private readonly Func<TimeSpan, Task> _delay;
    private bool _templateReady;

    public ElasticsearchSearchIndex(HttpClient http, ElasticsearchOptions options, IndonesianAnalysis analysis, Func<TimeSpan, Task>? delay = null)
    {
        _http = http;
        _options = options;
        _analysis = analysis;
        _delay = delay ?? (t => Task.Delay(t));
        _http.BaseAddress ??= new Uri(options.Url.TrimEnd('/') + "/");
    }

    public static ElasticsearchSearchIndex Create(ElasticsearchOptions options, IndonesianAnalysis analysis) =>
        new(new HttpClient { BaseAddress = new Uri(options.Url.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(60) }, options, analysis);

    /// <summary><c>PUT _index_template/INDEX</c>; done once before the first write.</summary>
    public void EnsureTemplate()
    {
        if (_templateReady) return;
        Send(HttpMethod.Put, $"_index_template/{_options.Index}", ElasticsearchRequests.IndexTemplate(_options.Index, _analysis).ToJsonString());
        _templateReady = true;
    }

    public void Upsert(IReadOnlyList<IndexedRecord> records)
    {
        EnsureTemplate();
        foreach (var batch in records.Chunk(Math.Max(1, _options.BulkSize))) Bulk(batch);
    }

    /// <summary>One <c>_bulk</c> request; items rejected as busy (429) or failing with 5xx are sent again, with backoff.</summary>
    private void Bulk(IReadOnlyList<IndexedRecord> batch)
    {
        var pending = batch.ToList();
        var failed = new List<string>();
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var response = Send(HttpMethod.Post, "_bulk?refresh=wait_for", ElasticsearchRequests.Bulk(_options.Index, pending), "application/x-ndjson");
            if (response["errors"]?.GetValue<bool>() != true) return;
            var items = response["items"]!.AsArray();
            var retry = new List<IndexedRecord>();
            for (var i = 0; i < items.Count && i < pending.Count; i++)
            {
                var status = items[i]!["index"]!["status"]!.GetValue<int>();
                if (status < 300) continue;
                if ((status == 429 || status >= 500) && attempt < _options.MaxRetries) retry.Add(pending[i]);
                else failed.Add(pending[i].Id);
            }
            pending = retry;
            if (pending.Count > 0) _delay(Backoff(attempt)).GetAwaiter().GetResult();
        }
        if (failed.Count > 0) throw new ElasticsearchException($"{failed.Count} records were not indexed", failed);
    }

    public void Delete(string id) =>
        Send(HttpMethod.Delete, $"{_options.Index}/_doc/{Uri.EscapeDataString(id)}?refresh=wait_for", null, allowNotFound: true);

    public SearchResult Search(SearchQuery query)
    {
        var response = Send(HttpMethod.Post, $"{_options.Index}/_search",
            ElasticsearchRequests.Search(query, _options.SnippetLength).ToJsonString(), allowNotFound: true);
        return response["hits"] is null ? SearchResult.Empty : ElasticsearchRequests.ReadSearch(response);
    }

    public IndexedRecord? Get(string id)
    {
        var response = Send(HttpMethod.Get, $"{_options.Index}/_doc/{Uri.EscapeDataString(id)}", null, allowNotFound: true);
        if (response["found"]?.GetValue<bool>() != true) return null;
        var source = response["_source"]!;
        return new IndexedRecord(id, source["file"]!.GetValue<string>(), SopJson.Deserialize<SopRecord>(source["record"]!.ToJsonString()));
    }

    public void Flush() => Send(HttpMethod.Post, $"{_options.Index}/_refresh", null, allowNotFound: true);

    public void Dispose() => _http.Dispose();

    private TimeSpan Backoff(int attempt) => _options.RetryDelay * Math.Pow(2, attempt);

    /// <summary>Sends a request, retrying 429/5xx and connection failures; returns the JSON body.</summary>
    private JsonNode Send(HttpMethod method, string path, string? body, string contentType = "application/json", bool allowNotFound = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                using var request = new HttpRequestMessage(method, path);
                if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType);
                response = _http.Send(request);
            }
            catch (HttpRequestException) when (attempt < _options.MaxRetries)
            {
                _delay(Backoff(attempt)).GetAwaiter().GetResult();
                continue;
            }
            using (response)
            {
                var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode || (allowNotFound && response.StatusCode == HttpStatusCode.NotFound))
                    return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) ?? new JsonObject();
                var transient = response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500;
                if (!transient || attempt >= _options.MaxRetries)
                    throw new ElasticsearchException($"{method} {path}: {(int)response.StatusCode} {Truncate(text)}");
            }
            _delay(Backoff(attempt)).GetAwaiter().GetResult();
        }
    }

    private static string Truncate(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
