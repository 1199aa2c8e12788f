using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SopIngest.Core.Json;
using SopIngest.Core.Layout;
using SopIngest.Core.Records;
using SopIngest.Extraction.Reading.Pdf;
using SopIngest.Jobs.Tests;
using SopIngest.Ocr.Reading;
using SopIngest.Ocr.Tesseract;
using SopIngest.Storage.Database;
using SopIngest.Storage.Store;
using SopIngest.Web.Tests.Review.Overlays;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace SopIngest.Web.Tests.Browser;

/// <summary>
/// The review page's scan overlays in a real browser at 1366×768: the born-digital corpus PDF uploaded to a
/// real <c>serve</c>, its page layouts stored as the jobs store them, then hover, focus and click between
/// the record's fields and their regions on the scan; and its searchable PDF.
/// </summary>
public sealed class ScanOverlayTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task HoverAStep_LightsItsRowOnTheScan_ClickARegion_FocusesItsField_SearchablePdfHasTheText()
    {
        var (documentId, recordId) = await UploadCorpusPdfAsync();
        var layout = CorpusLayout.Read();
        CorpusLayout.Store(new StoreDatabase(new StoreOptions { Directory = Path.Combine(app.Root, "store") }), documentId, layout);
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, BrowserApp.AdminEmail);
        // The first page's image is held back (a busy server) until a region below it has been scrolled to.
        var firstPageHeld = new TaskCompletionSource();
        await page.RouteAsync("**/page/1.png", async route => { await firstPageHeld.Task; await route.ContinueAsync(); });
        await page.GotoAsync($"/records/{recordId}");
        var record = SopJson.Deserialize<SopRecord>(await (await page.APIRequest.GetAsync($"/api/records/{recordId}")).TextAsync());

        // Every page of the record carries its overlay: the cells and the swimlane symbols of the layout.
        var procedure = page.GetByTestId("overlay-2");
        await Expect(procedure).ToBeVisibleAsync();
        var table = layout.Pages.Single(p => p.Number == 2).Blocks.OfType<Table>().Single();
        await Expect(procedure.Locator(".region.cell")).ToHaveCountAsync(table.Cells.Count);
        await Expect(procedure.Locator(".region.shape")).ToHaveCountAsync(table.Cells.Sum(c => c.Shapes?.Count ?? 0));

        // Hovering step 3 lights its table row on the scan: its number cell and its activity cell among it.
        var step = record.Steps[2];
        await page.Locator(".step[data-index='2']").HoverAsync();
        var lit = procedure.Locator(".region.lit");
        await Expect(lit.First).ToBeVisibleAsync();
        var litTexts = await lit.Locator("title").AllTextContentsAsync();
        Assert.Contains(step.No.ToString(), litTexts);
        Assert.Contains(litTexts, t => t.StartsWith(step.Activity[..20], StringComparison.Ordinal));
        Assert.Contains("shape", await lit.Last.GetAttributeAsync("class") ?? "");
        await page.Mouse.MoveAsync(5, 300);
        await Expect(procedure.Locator(".region.lit")).ToHaveCountAsync(0);

        // Focusing a field (keyboard path) lights the cell it was read from and brings it into view, where it stays
        // when the page above it finally draws.
        await page.Locator("[data-field='steps[6].duration']").FocusAsync();
        var duration = procedure.Locator(".region.lit-field");
        await Expect(duration).ToHaveCountAsync(1);
        await Expect(duration.Locator("title")).ToHaveTextAsync(record.Steps[6].Duration.Text);
        await Expect(duration).ToBeInViewportAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelector(\"figure.page[data-page='1'] img\").naturalWidth"));
        firstPageHeld.SetResult();
        await page.WaitForFunctionAsync("() => document.querySelector(\"figure.page[data-page='1'] img\").naturalWidth > 0");
        await Expect(duration).ToBeInViewportAsync(new() { Ratio = 1 });

        // Keyboard alone: Tab to the step's next field moves the light to the swimlane symbol it was read from.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("[data-field='steps[6].next']")).ToBeFocusedAsync();
        await Expect(procedure.Locator(".region.lit-field")).ToHaveCountAsync(1);
        await Expect(procedure.Locator(".region.lit-field.shape")).ToHaveCountAsync(1);

        // Clicking a region on the scan focuses its field.
        var activityCell = procedure.Locator(".region.cell", new() { Has = page.Locator("title", new() { HasTextString = record.Steps[6].Activity[..30] }) });
        await activityCell.ClickAsync();
        await Expect(page.Locator("[data-field='steps[6].activity']")).ToBeFocusedAsync();

        // The toggles hide a layer.
        await page.GetByLabel("Swimlane shapes").UncheckAsync();
        await Expect(procedure.Locator(".region.shape").First).ToBeHiddenAsync();
        await page.GetByLabel("Swimlane shapes").CheckAsync();

        // The searchable PDF: the scan images with the text at the cells it was read from.
        var link = page.GetByTestId("searchable-pdf");
        var response = await page.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        using (var pdf = PdfDocument.Open(await response.BodyAsync()))
        {
            Assert.Equal(layout.Pages.Count, pdf.NumberOfPages);
            Assert.All(pdf.GetPages(), p => Assert.Single(p.GetImages()));
            Assert.Contains("Mencermati", pdf.GetPage(2).GetWords().Select(w => w.Text));
        }

    }

    [Fact]
    public async Task AScannedSop_ShowsItsWordsColouredByConfidence_AndItsTracedArrows()
    {
        const string name = "synth-1-000.pdf";
        var (documentId, recordId) = await UploadCorpusPdfAsync(name);
        using (var reader = new OcrDocumentReader(new TesseractOcrEngineFactory(), new OcrReaderOptions(), new PdfTextReader()))
            CorpusLayout.Store(new StoreDatabase(new StoreOptions { Directory = Path.Combine(app.Root, "store") }), documentId,
                reader.Read(Path.Combine(Path.GetDirectoryName(CorpusLayout.PdfPath)!, name)));
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, BrowserApp.AdminEmail);
        await page.GotoAsync($"/records/{recordId}");

        var procedure = page.GetByTestId("overlay-2");
        await Expect(procedure).ToBeVisibleAsync();
        Assert.True(await procedure.Locator(".word").CountAsync() > 50);
        Assert.True(await procedure.Locator(".word[data-confidence^='0.']").CountAsync() > 0); // doubtful words show as such
        Assert.True(await procedure.Locator("line.arrow").CountAsync() > 0);
        await page.GetByLabel("Words by confidence").UncheckAsync();
        await Expect(procedure.Locator(".word").First).ToBeHiddenAsync();
        await page.GetByLabel("Words by confidence").CheckAsync();

        // For docs/: the review page of the scan with step 3 lit.
        await page.Locator("[data-field='steps[2].activity']").FocusAsync();
        await page.Locator(".step[data-index='2']").HoverAsync();
        await Expect(procedure.Locator(".region.lit").First).ToBeInViewportAsync();
        await page.WaitForFunctionAsync("() => [1, 2].every(n => document.querySelector(`figure.page[data-page='${n}'] img`).naturalWidth > 0)",
            null, new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("review.png") });
    }

    [Fact]
    public async Task ADocumentWithoutStoredLayouts_ShowsItsScanWithoutOverlays()
    {
        var (documentId, recordId) = await UploadCorpusPdfAsync("synth-1-009-digital.pdf");
        // As a document read before page layouts were kept: whatever the jobs stored for it goes.
        using (var db = new StoreDatabase(new StoreOptions { Directory = Path.Combine(app.Root, "store") }).Open())
            db.PageResults.Where(p => p.DocumentId == documentId && p.Stage == PageLayoutQueries.Stage).ExecuteDelete();
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, BrowserApp.AdminEmail);
        await page.GotoAsync($"/records/{recordId}");

        await Expect(page.Locator(".page img").First).ToBeVisibleAsync();
        await Expect(page.Locator("svg.overlay")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("searchable-pdf")).ToHaveCountAsync(0);
        Assert.Equal(404, (await page.APIRequest.GetAsync($"/records/{recordId}/export.pdf")).Status);
    }

    /// <summary>Uploads a born-digital corpus PDF through the API (Basic credentials), waits for its batch, returns its document and first record.</summary>
    private async Task<(long Document, string Record)> UploadCorpusPdfAsync(string name = CorpusLayout.FileName)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BrowserApp.AdminEmail}:{BrowserApp.Password}")));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(Path.GetDirectoryName(CorpusLayout.PdfPath)!, name)));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "files", name);
        var accepted = await http.PostAsync("/api/uploads", form);
        accepted.EnsureSuccessStatusCode();
        var batch = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement.GetProperty("batch").GetInt64();
        JsonElement status = default;
        CliProcess.Until(() =>
        {
            status = JsonDocument.Parse(http.GetStringAsync($"/api/batches/{batch}").Result).RootElement;
            return status.GetProperty("done").GetBoolean();
        }, TimeSpan.FromMinutes(4), "the batch finished");
        var item = status.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("succeeded", item.GetProperty("state").GetString());
        var document = item.GetProperty("document").GetInt64();
        var records = JsonDocument.Parse(await http.GetStringAsync($"/api/documents/{document}")).RootElement.GetProperty("records");
        return (document, records[0].GetString()!);
    }
}
