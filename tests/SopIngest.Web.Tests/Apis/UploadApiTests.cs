using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SopIngest.Jobs.Tests;
using SopIngest.Storage.Tests;

namespace SopIngest.Web.Tests.Apis;

/// <summary>The upload endpoint of a real <c>sopingest serve</c> process, fed a 200-file ZIP with bad and repeated files.</summary>
public sealed class UploadApiTests
{
    [Fact]
    public async Task Upload200FileZip_WithCorruptAndDuplicateFiles_AccountsForEveryFile()
    {
        var root = Directory.CreateTempSubdirectory("sopingest-web-").FullName;
        var port = LocalServer.FreePort();
        var env = new Dictionary<string, string>
        {
            ["SOPINGEST_Jobs__Workers"] = "2",
            // Uploads need the uploader role: the configured first admin calls the API with Basic credentials.
            ["SOPINGEST_Web__Admin__Email"] = "admin@example.id",
            ["SOPINGEST_Web__Admin__Password"] = "Rahasia-2024!",
        };
        try
        {
            using var serve = CliProcess.Start(env, "serve", "--urls", $"http://127.0.0.1:{port}", "--store", Path.Combine(root, "store"));
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin@example.id:Rahasia-2024!")));
            CliProcess.Until(() => LocalServer.Reachable(http), TimeSpan.FromMinutes(1), "serve answering", serve);

            var (zip, expectedGood, expectedBad) = TwoHundredFileZip();
            using var form = new MultipartFormDataContent();
            var part = new ByteArrayContent(zip);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
            form.Add(part, "files", "arsip-2024.zip");
            form.Add(new StringContent("Daftar hadir saja."), "files", "catatan.txt");
            var response = await http.PostAsync("/api/uploads", form);

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var batch = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("batch").GetInt64();
            Assert.Equal($"/api/batches/{batch}", response.Headers.Location!.OriginalString);

            JsonElement status = default;
            CliProcess.Until(() =>
            {
                status = JsonDocument.Parse(http.GetStringAsync($"/api/batches/{batch}").Result).RootElement;
                return status.GetProperty("done").GetBoolean();
            }, TimeSpan.FromMinutes(4), "the uploaded batch finished", serve);

            Assert.Equal(201, status.GetProperty("documents").GetInt32());
            Assert.Equal(expectedGood, status.GetProperty("succeeded").GetInt32());
            Assert.Equal(expectedBad + 1, status.GetProperty("failed").GetInt32()); // + the note with no SOP
            var items = status.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(201, items.Count);
            Assert.All(items.Where(i => i.GetProperty("state").GetString() == "failed"),
                i => Assert.False(string.IsNullOrEmpty(i.GetProperty("error").GetString())));
            Assert.Equal(10, items.Count(i => i.GetProperty("duplicate").GetBoolean()));
            var traversal = items.Single(i => i.GetProperty("name").GetString() == "arsip-2024.zip/../../luar.txt");
            Assert.StartsWith("unsafe path in ZIP", traversal.GetProperty("error").GetString());

            // A re-upload of known content points at the existing documents: nothing is read again.
            var doc = items.First(i => i.GetProperty("state").GetString() == "succeeded").GetProperty("document").GetInt64();
            var document = JsonDocument.Parse(await http.GetStringAsync($"/api/documents/{doc}")).RootElement;
            Assert.Equal(1, document.GetProperty("attempts").GetInt32());
            var recordId = document.GetProperty("records")[0].GetString()!;
            var record = JsonDocument.Parse(await http.GetStringAsync($"/api/records/{recordId}")).RootElement;
            Assert.Equal(recordId, record.GetProperty("id").GetString());
            Assert.True(record.GetProperty("steps").GetArrayLength() > 0);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/records/nope")).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("/api/uploads", new StringContent("x"))).StatusCode);
            var dashboard = await http.GetAsync("/hangfire");
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
            Assert.Contains("Hangfire", await dashboard.Content.ReadAsStringAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>185 distinct SOP exports, 10 repeats under other names, 5 bad files (corrupt, disguised, empty, unsafe path).</summary>
    private static (byte[] Zip, int Good, int Bad) TwoHundredFileZip()
    {
        var export = File.ReadAllText(Corpus.Exports()[1]);
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] bytes)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(bytes);
            }
            for (var i = 1; i <= 185; i++)
                Add($"dinas/sop-{i:D3}.txt", Encoding.UTF8.GetBytes(export + $"\n\nArsip {i}\n"));
            for (var i = 1; i <= 10; i++)
                Add($"salinan/sop-{i:D3}.txt", Encoding.UTF8.GetBytes(export + $"\n\nArsip {i}\n")); // same content, other name
            Add("rusak-1.pdf", "%PDF-1.4\n%%EOF truncated"u8.ToArray());
            Add("rusak-2.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
            Add("gambar.png", "not really a png"u8.ToArray());
            Add("kosong.txt", []);
            Add("../../luar.txt", Encoding.UTF8.GetBytes(export));
        }
        return (ms.ToArray(), 195, 5);
    }
}
