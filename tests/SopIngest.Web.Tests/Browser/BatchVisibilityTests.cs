using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using SopIngest.Storage.Tests;
using static Microsoft.Playwright.Assertions;

namespace SopIngest.Web.Tests.Browser;

/// <summary>
/// Per-uploader visibility on a real <c>serve</c>: a user who only uploads sees their own batches (list, page,
/// status API); another uploader's batch is not found; a reviewer sees every batch.
/// </summary>
public sealed class BatchVisibilityTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string First = "unggah.satu@example.id";
    private const string Second = "unggah.dua@example.id";
    private const string Reviewer = "tinjau@example.id";

    [Fact]
    public async Task AnUploaderSeesOnlyTheirOwnBatches_AReviewerSeesAll()
    {
        await app.AddUserAsync(First, "uploader");
        await app.AddUserAsync(Second, "uploader");
        await app.AddUserAsync(Reviewer, "reviewer");
        var mine = await UploadAsync(First, "corpus/ocr-exports/000_d61cd9e724486671.txt");
        var theirs = await UploadAsync(Second, "corpus/ocr-exports/001_222709af16668202.txt");

        // The API: the own batch answers, the other uploader's is not found (not even its existence leaks).
        using (var http = Client(First))
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/batches/{mine}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/batches/{theirs}")).StatusCode);
        }

        // The pages: the list holds the own batch only; the other batch's page and its live status are not found.
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, First);
        await page.GotoAsync("/batches");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"#{mine}", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"#{theirs}", Exact = true })).ToHaveCountAsync(0);
        Assert.Equal(404, (await page.APIRequest.GetAsync($"/batches/{theirs}")).Status);
        Assert.Equal(404, (await page.APIRequest.GetAsync($"/batches/{theirs}?handler=Status")).Status);
        await page.GotoAsync($"/batches/{mine}");
        await Expect(page.GetByTestId("batch-summary")).ToHaveAttributeAsync("data-done", "true");

        // A reviewer sees both.
        var reviewer = await app.NewPageAsync();
        await BrowserApp.SignInAsync(reviewer, Reviewer);
        await reviewer.GotoAsync("/batches");
        await Expect(reviewer.GetByRole(AriaRole.Link, new() { Name = $"#{mine}", Exact = true })).ToBeVisibleAsync();
        await Expect(reviewer.GetByRole(AriaRole.Link, new() { Name = $"#{theirs}", Exact = true })).ToBeVisibleAsync();
    }

    private HttpClient Client(string email)
    {
        var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{BrowserApp.Password}")));
        return http;
    }

    private async Task<long> UploadAsync(string email, string corpusFile)
    {
        using var http = Client(email);
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(PostgresFixture.RepoRoot(), corpusFile))), "files", Path.GetFileName(corpusFile));
        var accepted = await http.PostAsync("/api/uploads", form);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        return JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement.GetProperty("batch").GetInt64();
    }
}
