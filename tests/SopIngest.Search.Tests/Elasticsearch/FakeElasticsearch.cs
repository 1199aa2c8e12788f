using System.Net;
using System.Text;

namespace SopIngest.Search.Tests.Elasticsearch;

/// <summary>Answers requests with queued fixture responses and records what was sent.</summary>
internal sealed class FakeElasticsearch : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Body)> _responses = new();

    public List<(HttpMethod Method, string PathAndQuery, string Body, string? ContentType)> Requests { get; } = [];

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "Fixtures", name));

    public FakeElasticsearch Respond(string fixtureOrJson, HttpStatusCode status = HttpStatusCode.OK)
    {
        _responses.Enqueue((status, fixtureOrJson.EndsWith(".json") ? Fixture(fixtureOrJson) : fixtureOrJson));
        return this;
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content?.ReadAsStringAsync(cancellationToken).GetAwaiter().GetResult() ?? "";
        Requests.Add((request.Method, request.RequestUri!.PathAndQuery, body, request.Content?.Headers.ContentType?.MediaType));
        var (status, json) = _responses.Count > 0 ? _responses.Dequeue() : (HttpStatusCode.InternalServerError, "{\"error\":\"no fixture queued\"}");
        return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Send(request, cancellationToken));
}
