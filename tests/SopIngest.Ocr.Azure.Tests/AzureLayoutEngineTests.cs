using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Ocr.Recognition;

namespace SopIngest.Ocr.Azure.Tests;

public sealed class AzureLayoutEngineTests
{
    private static readonly AzureLayoutOptions Options = new()
    {
        Endpoint = new Uri("https://sop-test.cognitiveservices.azure.com/"),
        Key = "test-key",
        PollInterval = TimeSpan.FromMilliseconds(1),
    };

    private static string Response(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Responses", name));

    private static OcrPage MapFixture(double unitsPerPixel = 1)
    {
        using var json = JsonDocument.Parse(Response("layout-sop-page.json"));
        return AnalyzeResultMapper.Map(json.RootElement, 3, unitsPerPixel);
    }

    [Fact]
    public void Map_TurnsTablesIntoCells_WithSpansAndMarks()
    {
        var table = Assert.Single(MapFixture().Layout.Blocks.OfType<Table>());

        Assert.Equal((3, 4), (table.RowCount, table.ColumnCount));
        var header = table.Row(0);
        Assert.Equal(["No", "Kegiatan", "Pelaksana"], header.Select(c => c.Text));
        Assert.Equal(2, header[0].RowSpan);
        Assert.Equal(2, header[2].ColumnSpan);
        Assert.Equal(["1", "Menerima surat permohonan", "□", ""], table.Row(2).Select(c => c.Text));
        Assert.Equal(new Box(180, 340, 700, 440), table.Row(2)[1].Box);
        // A cell's confidence is its words' mean; the low one ("surat", 0.71) pulls it down.
        Assert.Equal(0.887, table.Row(2)[1].Confidence);
    }

    [Fact]
    public void Map_KeepsLinesOutsideTables_AsTextLinesWithWords_InReadingOrder()
    {
        var page = MapFixture();

        var lines = page.Layout.Blocks.OfType<TextLine>().Select(l => l.Text).ToList();
        Assert.Equal(["PEMERINTAH KOTA BONTANG", "DINAS KETENAGAKERJAAN", "Disahkan oleh Kepala Dinas"], lines);
        Assert.Equal(["TextLine", "TextLine", "Table", "TextLine"], page.Layout.Blocks.Select(b => b.GetType().Name));
        var first = page.Layout.Blocks.OfType<TextLine>().First();
        Assert.Equal(["PEMERINTAH", "KOTA", "BONTANG"], first.Words!.Select(w => w.Text));
        Assert.All(first.Words!, w => Assert.Equal(0.995, w.Confidence));
        Assert.Equal(3, page.Layout.Number);
        Assert.Equal(0.12, page.Skew);
    }

    [Fact]
    public void Map_KeepsCellWords_ForTheSwimlaneStage()
    {
        var cell = Assert.Single(MapFixture().Layout.Blocks.OfType<Table>().SelectMany(t => t.Cells), c => c.Row == 2 && c.Column == 1);

        Assert.Equal(["Menerima", "surat", "permohonan"], cell.Words!.Select(w => w.Text));
        Assert.Equal(0.71, cell.Words![1].Confidence);
    }

    [Fact]
    public void Map_ScalesPixelsToPageUnits()
    {
        var page = MapFixture(unitsPerPixel: 0.5);

        Assert.Equal((620, 877), (page.Layout.Width, page.Layout.Height));
        Assert.Equal(new Box(50, 110, 570, 220), page.Layout.Blocks.OfType<Table>().Single().Box);
    }

    [Fact]
    public void Recognize_PostsTheImage_PollsTheOperation_AndMapsTheResult()
    {
        var service = new FakeService(Response("layout-running.json"), Response("layout-sop-page.json"));
        using var engine = new AzureLayoutEngineFactory(Options, Client(service)).Create();
        using var page = Page();

        var result = engine.Recognize(page);

        Assert.Equal(4, result.Layout.Blocks.Count);
        var post = service.Requests[0];
        Assert.Equal(HttpMethod.Post, post.Method);
        Assert.Equal("https://sop-test.cognitiveservices.azure.com/documentintelligence/documentModels/prebuilt-layout:analyze?api-version=2024-11-30",
            post.Uri);
        Assert.Equal("image/png", post.ContentType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], post.Body[..4]);
        Assert.All(service.Requests, r => Assert.Equal("test-key", r.Key));
        Assert.Equal(3, service.Requests.Count); // analyze, running, succeeded
        Assert.All(service.Requests.Skip(1), r => Assert.Equal(FakeService.OperationUrl, r.Uri));
    }

    [Fact]
    public void Recognize_ReportsAFailedOperation_WithTheServiceMessage()
    {
        var service = new FakeService(Response("layout-failed.json"));
        using var engine = new AzureLayoutEngineFactory(Options, Client(service)).Create();
        using var page = Page();

        var e = Assert.Throws<AzureLayoutException>(() => engine.Recognize(page));
        Assert.Contains("Invalid request.", e.Message);
    }

    [Fact]
    public void Options_BindFromConfiguration_AndAreRequired()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ocr:Azure:Endpoint"] = "https://x.cognitiveservices.azure.com/",
            ["Ocr:Azure:Key"] = "k",
        }).Build();

        var options = AzureLayoutOptions.FromConfiguration(configuration);

        Assert.True(options.IsConfigured);
        Assert.Equal("2024-11-30", options.ApiVersion);
        Assert.Throws<InvalidOperationException>(() => new AzureLayoutEngineFactory(new AzureLayoutOptions()));
    }

    private static PageImage Page()
    {
        using var image = new Mat(60, 80, MatType.CV_8UC1, Scalar.All(255));
        return new PageImage(1, image.Clone(), 150, 1);
    }

    private static AzureLayoutClientOptions Client(FakeService service)
    {
        var options = new AzureLayoutClientOptions { Transport = new HttpClientTransport(new HttpClient(service)) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        return options;
    }

    /// <summary>Answers like the service: 202 with Operation-Location for the analyze call, then the given operation states.</summary>
    private sealed class FakeService(params string[] states) : HttpMessageHandler
    {
        public const string OperationUrl = "https://sop-test.cognitiveservices.azure.com/documentintelligence/documentModels/prebuilt-layout/analyzeResults/abc?api-version=2024-11-30";

        private int _poll;

        public List<(HttpMethod Method, string Uri, string? ContentType, byte[] Body, string? Key)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Send(request, cancellationToken);

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content?.ReadAsByteArrayAsync(cancellationToken).GetAwaiter().GetResult() ?? [];
            Requests.Add((request.Method, request.RequestUri!.ToString(), request.Content?.Headers.ContentType?.MediaType, body,
                request.Headers.TryGetValues("Ocp-Apim-Subscription-Key", out var keys) ? keys.Single() : null));
            if (request.Method == HttpMethod.Post)
            {
                var accepted = new HttpResponseMessage(HttpStatusCode.Accepted);
                accepted.Headers.Add("Operation-Location", OperationUrl);
                return accepted;
            }
            var state = states[Math.Min(_poll++, states.Length - 1)];
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(state, Encoding.UTF8, "application/json") };
        }
    }
}
