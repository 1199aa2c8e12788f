using System.IO.Compression;
using System.Text;
using SopIngest.Jobs.Intake;
using SopIngest.Storage.Files;
using SopIngest.Storage.Store;
using SopIngest.Storage.Tests;

namespace SopIngest.Jobs.Tests.Intake;

public sealed class IntakeSessionTests
{
    private static readonly byte[] Export = File.ReadAllBytes(Corpus.Exports()[1]);

    [Fact]
    public async Task AddZip_RefusesClimbingAndAbsolutePaths_AndTakesTheRest()
    {
        using var store = new TempStore();
        var zip = Zip(("ok/a.txt", Export), ("../../etc/evil.txt", Export), ("/abs/evil.txt", Export), ("..\\win.txt", Export), ("inner.zip", Zip(("x.txt", Export))));

        var items = await TakeIn(store, new IntakeOptions(), ("arsip.zip", zip));

        Assert.Equal("arsip.zip/ok/a.txt", Assert.Single(items.OfType<AcceptedFile>()).Name);
        var refused = items.OfType<RejectedFile>().ToDictionary(r => r.Name, r => r.Error);
        Assert.StartsWith("unsafe path in ZIP (climbs out", refused["arsip.zip/../../etc/evil.txt"]);
        Assert.StartsWith("unsafe path in ZIP (absolute", refused["arsip.zip//abs/evil.txt"]);
        Assert.StartsWith("unsafe path in ZIP (climbs out", refused["arsip.zip/..\\win.txt"]);
        Assert.Equal("a ZIP inside a ZIP is not unpacked", refused["arsip.zip/inner.zip"]);
        Assert.False(File.Exists(Path.Combine(store.Directory, "..", "etc", "evil.txt")));
    }

    [Fact]
    public async Task AddZip_WithTooManyEntries_IsRefusedWhole()
    {
        using var store = new TempStore();
        var zip = Zip(Enumerable.Range(1, 11).Select(i => ($"f{i}.txt", Encoding.UTF8.GetBytes($"file {i}"))).ToArray());

        var items = await TakeIn(store, new IntakeOptions { MaxZipEntries = 10 }, ("bomb.zip", zip));

        Assert.Equal("the ZIP holds 11 files, more than the limit of 10", Assert.IsType<RejectedFile>(Assert.Single(items)).Error);
    }

    [Fact]
    public async Task AddZip_StopsAtTheExpandedSizeLimit_CountingRealBytes()
    {
        using var store = new TempStore();
        var big = Encoding.UTF8.GetBytes(new string('a', 40_000)); // compresses to almost nothing
        var zip = Zip(("1.txt", big), ("2.txt", big), ("3.txt", big));

        var items = await TakeIn(store, new IntakeOptions { MaxExpandedBytes = 100_000 }, ("bomb.zip", zip));

        Assert.Equal(2, items.OfType<AcceptedFile>().Count());
        Assert.Contains("expands to more than the limit", Assert.Single(items.OfType<RejectedFile>()).Error);
        Assert.True(zip.Length < 2_000);
    }

    [Theory]
    [InlineData("scan.pdf", "MZ\u0090\0binary", "named .pdf but its content is not pdf")]
    [InlineData("scan.pdf", "plain text here", "named .pdf but its content is text")]
    [InlineData("notes.txt", "%PDF-1.7 real pdf", "named .txt but its content is pdf")]
    [InlineData("tool.exe", "MZ\u0090\0\u0001\u0002binary", "unsupported file type (exe holding binary data)")]
    [InlineData("empty.pdf", "", "the file is empty")]
    public async Task Add_SniffsMagicBytes_AndRefusesTypesDisguisedByExtension(string name, string content, string error)
    {
        using var store = new TempStore();
        var items = await TakeIn(store, new IntakeOptions(), (name, Encoding.Latin1.GetBytes(content)));
        Assert.StartsWith(error, Assert.IsType<RejectedFile>(Assert.Single(items)).Error);
    }

    [Fact]
    public async Task Add_OverTheFileSizeLimit_IsRefusedWithItsReason()
    {
        using var store = new TempStore();
        var items = await TakeIn(store, new IntakeOptions { MaxFileBytes = 1000 }, ("big.txt", Export));
        Assert.Equal("the file is larger than the limit of 1000 bytes", Assert.IsType<RejectedFile>(Assert.Single(items)).Error);
    }

    [Fact]
    public async Task DiskFullMidUpload_RegistersNothing_AndRemovesTheFilesAlreadyStored()
    {
        using var store = new TempStore();
        var files = new FailingAfter(new ContentAddressedFileStore(Path.Combine(store.Directory, "files")), puts: 2);
        var registry = new BatchRegistry(store.Database, TimeProvider.System);

        await Assert.ThrowsAsync<IOException>(async () =>
        {
            using var session = new IntakeSession(files, registry, new IntakeOptions());
            foreach (var (i, path) in Corpus.Exports().Index())
                await session.AddAsync($"{i}.txt", File.OpenRead(path));
            session.Commit("http");
        });

        using var db = store.Database.Open();
        Assert.Empty(db.Batches);
        Assert.Empty(db.Documents);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(store.Directory, "files"), "*", SearchOption.AllDirectories));
    }

    private static async Task<IReadOnlyList<IntakeItem>> TakeIn(TempStore store, IntakeOptions options, params (string Name, byte[] Bytes)[] inputs)
    {
        using var session = new IntakeSession(new ContentAddressedFileStore(Path.Combine(store.Directory, "files")), new BatchRegistry(store.Database, TimeProvider.System), options);
        foreach (var (name, bytes) in inputs)
            await session.AddAsync(name, new MemoryStream(bytes));
        return session.Items.ToList();
    }

    internal static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                s.Write(bytes);
            }
        return ms.ToArray();
    }

    /// <summary>A file store whose disk fills up after some files.</summary>
    private sealed class FailingAfter(IFileStore inner, int puts) : IFileStore
    {
        private int _left = puts;

        public Task<StoredFile> PutAsync(Stream content, string extension, long maxBytes, CancellationToken ct = default) =>
            _left-- > 0 ? inner.PutAsync(content, extension, maxBytes, ct) : throw new IOException("No space left on device");

        public string? Find(string sha256, string extension) => inner.Find(sha256, extension);

        public void Delete(string sha256, string extension) => inner.Delete(sha256, extension);
    }
}
