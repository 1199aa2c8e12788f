using System.IO.Compression;
using System.Net;
using Microsoft.Playwright;
using SopIngest.Jobs.Tests;
using SopIngest.Storage.Tests;

namespace SopIngest.Web.Tests.Browser;

/// <summary>
/// A real <c>sopingest serve</c> process on a fresh store with a configured first admin, and Debian's
/// chromium driven headless by Playwright. Shared by the browser tests of one class.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.id";
    public const string Password = "Rahasia-2024!";

    private readonly string _root = Directory.CreateTempSubdirectory("sopingest-browser-").FullName;
    private CliProcess? _serve;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public string Root => _root;

    public async Task InitializeAsync()
    {
        var port = LocalServer.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _serve = CliProcess.Start(new Dictionary<string, string>
        {
            ["SOPINGEST_Jobs__Workers"] = "2",
            ["SOPINGEST_CORRECT"] = "0", // the records as the corpus holds them, and a faster start
            ["SOPINGEST_Web__Admin__Email"] = AdminEmail,
            ["SOPINGEST_Web__Admin__Password"] = Password,
        }, "serve", "--urls", BaseUrl, "--store", Path.Combine(_root, "store"));
        using (var http = new HttpClient { BaseAddress = new Uri(BaseUrl) })
            CliProcess.Until(() => LocalServer.Reachable(http), TimeSpan.FromMinutes(1), "serve answering", _serve);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) at the smallest screen the pages are made for.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("user")).ToHaveTextAsync(email);
    }

    /// <summary>Signs in as the configured admin and adds a user with these roles on the users page.</summary>
    public async Task AddUserAsync(string email, params string[] roles)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, AdminEmail);
        await page.GotoAsync("/admin/users");
        var add = page.Locator("form", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Add user" }) });
        await add.GetByLabel("Email").FillAsync(email);
        await add.GetByLabel("Password").FillAsync(Password);
        foreach (var role in roles)
            await add.GetByLabel(role, new() { Exact = true }).CheckAsync();
        await add.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Added {email}");
        await page.Context.CloseAsync();
    }

    /// <summary>A ZIP of real inputs: OCR exports (fast) and a born-digital PDF (a page image to show).</summary>
    public string CorpusZip()
    {
        var path = Path.Combine(_root, "arsip-sop.zip");
        if (File.Exists(path))
            return path;
        var repo = PostgresFixture.RepoRoot();
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var file in new[] { "corpus/ocr-exports/000_d61cd9e724486671.txt", "corpus/ocr-exports/001_222709af16668202.txt",
                     "corpus/ocr-exports/003_609f3079cfa7c797.txt", "corpus/scans/synth-1-008-digital.pdf" })
            zip.CreateEntryFromFile(Path.Combine(repo, file), "arsip/" + Path.GetFileName(file));
        return path;
    }

    /// <summary>Where screenshots go: <c>docs/screenshots</c> with SOPINGEST_REGENERATE=1, else the scratch directory.</summary>
    public string ScreenshotPath(string name) =>
        Environment.GetEnvironmentVariable("SOPINGEST_REGENERATE") == "1"
            ? Path.Combine(PostgresFixture.RepoRoot(), "docs", "screenshots", name)
            : Path.Combine(_root, name);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        _serve?.Kill9();
        _serve?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
