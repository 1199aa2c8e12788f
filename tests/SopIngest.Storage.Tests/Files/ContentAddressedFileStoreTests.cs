using System.Security.Cryptography;
using System.Text;
using SopIngest.Storage.Files;

namespace SopIngest.Storage.Tests.Files;

public sealed class ContentAddressedFileStoreTests
{
    [Fact]
    public async Task Put_StoresUnderSha256Path_AndOnceOnly()
    {
        using var store = new TempStore();
        var files = new ContentAddressedFileStore(Path.Combine(store.Directory, "files"));
        var bytes = Encoding.UTF8.GetBytes("SOP AP Dinas Ketenagakerjaan");
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var first = await files.PutAsync(new MemoryStream(bytes), "txt", 1000);
        var second = await files.PutAsync(new MemoryStream(bytes), "txt", 1000);

        Assert.Equal(sha, first.Sha256);
        Assert.EndsWith(Path.Combine(sha[..2], sha[2..4], sha + ".txt"), first.Path);
        Assert.False(first.AlreadyStored);
        Assert.True(second.AlreadyStored);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(first.Path));
        Assert.Equal(first.Path, files.Find(sha, "txt"));
    }

    [Fact]
    public async Task Put_OverTheSizeLimit_FailsAndLeavesNothingBehind()
    {
        using var store = new TempStore();
        var root = Path.Combine(store.Directory, "files");
        var files = new ContentAddressedFileStore(root);

        await Assert.ThrowsAsync<FileTooLargeException>(() => files.PutAsync(new MemoryStream(new byte[5000]), "pdf", 4096));

        Assert.Empty(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories));
    }
}
