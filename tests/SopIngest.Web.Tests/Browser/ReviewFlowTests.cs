using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SopIngest.Web.Tests.Browser;

/// <summary>
/// The app in a real browser: upload a ZIP, wait for the batch, fix a misread record, find it by the
/// fixed text, see the revision; and the role boundaries. Few tests, each a whole path.
/// </summary>
public sealed class ReviewFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task UploadZip_FixActivityAndActor_SearchFindsFixedText_HistoryShowsRevision()
    {
        const string clerk = "petugas@example.id";
        await app.AddUserAsync(clerk, "uploader", "reviewer");
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, clerk);

        // Upload: the ZIP through the file chooser, per-file progress, then the live batch page.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Upload" }).ClickAsync();
        await page.Locator("#files").SetInputFilesAsync(app.CorpusZip());
        await Expect(page.Locator("#queue li")).ToContainTextAsync("arsip-sop.zip");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/batches/\\d+$"));
        var summary = page.GetByTestId("batch-summary");
        await Expect(summary).ToHaveAttributeAsync("data-done", "true", new() { Timeout = 180_000 });
        await Expect(summary).ToContainTextAsync("4 succeeded, 0 failed");
        var batchUrl = page.Url;

        // The misread record: step 6 reads "fiel" for "file", step 1's shape sits in the wrong actor column.
        await page.GetByRole(AriaRole.Link, new() { Name = "SURAT IJIN CUTI", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("SURAT IJIN CUTI");
        var recordUrl = page.Url;
        // Keyboard: the first doubtful field takes the focus.
        await page.Keyboard.PressAsync("n");
        await Expect(page.Locator(":focus")).ToHaveClassAsync(new Regex("current-doubt"));
        await page.Keyboard.PressAsync("Escape");

        var activity = page.Locator("[data-field='steps[5].activity']");
        await Expect(activity).ToHaveValueAsync(new Regex("Mengarsipkan dalam fiel cuti"));
        var fixedActivity = (await activity.InputValueAsync()).Replace("fiel cuti", "file cuti");
        await activity.FillAsync(fixedActivity);
        await page.Locator("[data-field='steps[0].actors']").FillAsync("PNS dan PTT");
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByTestId("message")).ToContainTextAsync("Saved revision 2: 2 field(s) changed");
        await Expect(page.GetByTestId("revision")).ToHaveTextAsync("2");
        await Expect(page.Locator("[data-field='steps[0].actors']")).ToHaveValueAsync("PNS dan PTT");

        // Search finds the fixed text at once, highlighted; the hit opens the record at the step.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
        await page.GetByLabel("query").FillAsync("mengarsipkan file cuti");
        await page.Keyboard.PressAsync("Enter");
        var hit = page.Locator(".hit", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "SURAT IJIN CUTI", Exact = true }) });
        await Expect(hit.Locator(".snippet em", new() { HasTextString = "file" })).ToBeVisibleAsync();
        await hit.GetByRole(AriaRole.Link, new() { Name = "SURAT IJIN CUTI", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("step=6"));
        await Expect(page.Locator("[data-field='steps[5].activity']")).ToBeFocusedAsync();

        // History: the revision, who made it, and the two changed fields.
        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        var revision = page.Locator(".revision[data-revision='2']");
        await Expect(revision).ToContainTextAsync(clerk);
        await Expect(revision.Locator("tr", new() { HasTextString = "steps[5].activity" })).ToContainTextAsync("file cuti");
        await Expect(revision.Locator("tr", new() { HasTextString = "steps[0].actors" })).ToContainTextAsync("PNS dan PTT");

        // Approve from the review page.
        await page.GotoAsync(recordUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(page.GetByTestId("review-state")).ToHaveTextAsync("approved");

        await Screenshots(page, batchUrl);
    }

    /// <summary>
    /// The born-digital PDF's review page shows its scan; the compare page goes to docs/ (review.png, with the scan's
    /// overlays, comes from <see cref="ScanOverlayTests"/>).
    /// </summary>
    private async Task Screenshots(IPage page, string batchUrl)
    {
        await page.GotoAsync(batchUrl);
        await page.Locator("tr", new() { HasTextString = "synth-1-008-digital.pdf" }).Locator("a").First.ClickAsync();
        await Expect(page.Locator(".page img").First).ToBeVisibleAsync();
        await page.GotoAsync("/compare?q=" + Uri.EscapeDataString("surat masuk"));
        await Expect(page.GetByTestId("compare")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("compare.png") });
    }

    [Fact]
    public async Task ReviewerCannotReachAdminPages_AnonymousCannotUpload()
    {
        // Anonymous: the upload page sends to sign-in, the upload API answers 401.
        var anonymous = await app.NewPageAsync();
        await anonymous.GotoAsync("/upload");
        await Expect(anonymous).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Fupload"));
        var post = await anonymous.APIRequest.PostAsync("/api/uploads", new() { Multipart = anonymous.APIRequest.CreateFormData() });
        Assert.Equal(401, post.Status);

        // A reviewer: no users page, no job dashboard, no upload.
        const string reviewer = "peninjau@example.id";
        await app.AddUserAsync(reviewer, "reviewer");
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, reviewer);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);
        var users = await page.GotoAsync("/admin/users");
        Assert.Equal(403, users!.Status);
        await Expect(page.GetByTestId("denied")).ToBeVisibleAsync();
        Assert.Equal(403, (await page.APIRequest.GetAsync("/hangfire")).Status);
        Assert.Equal(403, (await page.GotoAsync("/upload"))!.Status);
        var upload = await page.APIRequest.PostAsync("/api/uploads", new() { Multipart = page.APIRequest.CreateFormData() });
        Assert.Equal(403, upload.Status);
    }
}
