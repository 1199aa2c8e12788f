using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using SopIngest.Ocr.Recognition;

namespace SopIngest.Ocr.Azure;

/// <summary>Pipeline options for the Document Intelligence REST calls (retries on 429/5xx come with Azure.Core).</summary>
public sealed class AzureLayoutClientOptions : ClientOptions;

/// <summary>
/// Makes <see cref="AzureLayoutEngine"/>s sharing one Azure.Core pipeline (key policy, retries, logging).
/// </summary>
public sealed class AzureLayoutEngineFactory : IOcrEngineFactory
{
    private readonly AzureLayoutOptions _options;
    private readonly HttpPipeline _pipeline;

    public AzureLayoutEngineFactory(AzureLayoutOptions options, AzureLayoutClientOptions? clientOptions = null)
    {
        if (!options.IsConfigured)
            throw new InvalidOperationException($"Azure Document Intelligence needs {AzureLayoutOptions.Section}:Endpoint and {AzureLayoutOptions.Section}:Key");
        _options = options;
        _pipeline = HttpPipelineBuilder.Build(clientOptions ?? new AzureLayoutClientOptions(),
            new SubscriptionKeyPolicy(new AzureKeyCredential(options.Key!)));
    }

    public string Name => "azure-" + _options.ModelId;

    public int MaxConcurrency => Math.Max(1, _options.MaxConcurrency);

    public IOcrEngine Create() => new AzureLayoutEngine(_pipeline, _options);
}

/// <summary>
/// Sends one page image to <c>documentModels/{model}:analyze</c>, polls the operation until it is done, and maps its
/// <c>analyzeResult</c> into the layout model with <see cref="AnalyzeResultMapper"/>.
/// </summary>
public sealed class AzureLayoutEngine : IOcrEngine
{
    private readonly HttpPipeline _pipeline;
    private readonly AzureLayoutOptions _options;

    internal AzureLayoutEngine(HttpPipeline pipeline, AzureLayoutOptions options)
    {
        _pipeline = pipeline;
        _options = options;
    }

    public OcrPage Recognize(PageImage page)
    {
        using var result = Analyze(page.EncodePng(), "image/png");
        return AnalyzeResultMapper.Map(result.RootElement, page.Number, page.UnitsPerPixel);
    }

    /// <summary>Runs the analyze operation to its end and returns the final operation JSON.</summary>
    internal JsonDocument Analyze(byte[] file, string contentType)
    {
        var analyze = new Uri(_options.Endpoint!,
            $"documentintelligence/documentModels/{_options.ModelId}:analyze?api-version={_options.ApiVersion}");
        using var start = _pipeline.CreateMessage();
        start.Request.Method = RequestMethod.Post;
        start.Request.Uri.Reset(analyze);
        start.Request.Headers.Add("Content-Type", contentType);
        start.Request.Content = RequestContent.Create(file);
        _pipeline.Send(start, CancellationToken.None);
        if (start.Response.Status != 202 || !start.Response.Headers.TryGetValue("Operation-Location", out var location))
            throw Failure("analyze request", start.Response);

        var deadline = DateTime.UtcNow + _options.Timeout;
        while (true)
        {
            using var poll = _pipeline.CreateMessage();
            poll.Request.Method = RequestMethod.Get;
            poll.Request.Uri.Reset(new Uri(location!));
            _pipeline.Send(poll, CancellationToken.None);
            if (poll.Response.Status != 200) throw Failure("analyze status", poll.Response);
            var json = JsonDocument.Parse(poll.Response.Content.ToMemory());
            var status = json.RootElement.GetProperty("status").GetString();
            if (status == "succeeded") return json;
            if (status is "failed" or "canceled" or "skipped")
            {
                var message = json.RootElement.TryGetProperty("error", out var e) && e.TryGetProperty("message", out var m) ? m.GetString() : status;
                json.Dispose();
                throw new AzureLayoutException($"Azure Document Intelligence could not analyse the page: {message}");
            }
            json.Dispose();
            if (DateTime.UtcNow > deadline) throw new AzureLayoutException($"Azure Document Intelligence did not finish within {_options.Timeout}");
            Thread.Sleep(RetryAfter(poll.Response) ?? _options.PollInterval);
        }
    }

    private static TimeSpan? RetryAfter(Response response) =>
        response.Headers.TryGetValue("Retry-After", out var value) && int.TryParse(value, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;

    private static AzureLayoutException Failure(string what, Response response) =>
        new($"Azure Document Intelligence {what} failed: HTTP {response.Status} {response.ReasonPhrase} {response.Content}");

    public void Dispose() { }
}

/// <summary>Adds the resource key to every request (the key can be rotated through the credential).</summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue("Ocp-Apim-Subscription-Key", credential.Key);
}

/// <summary>The service refused or failed an analysis.</summary>
public sealed class AzureLayoutException(string message) : Exception(message);
