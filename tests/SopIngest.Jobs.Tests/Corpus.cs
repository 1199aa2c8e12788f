using System.Text;
using SopIngest.Storage.Tests;

namespace SopIngest.Jobs.Tests;

/// <summary>Batches of real documents made from the seed OCR exports, each file distinct by content.</summary>
internal static class Corpus
{
    public static string[] Exports() =>
        Directory.GetFiles(Path.Combine(PostgresFixture.RepoRoot(), "corpus", "ocr-exports"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// <paramref name="good"/> documents (all four seed exports joined, so each takes real reading work and a
    /// worker killed while a run is in flight reliably interrupts it, with a distinct closing line) plus the bad
    /// ones: a fake PDF, an export with no SOP, an empty file.
    /// </summary>
    public static string WriteBatch(string dir, int good)
    {
        Directory.CreateDirectory(dir);
        var joined = string.Join("\n\n", Exports().Select(File.ReadAllText));
        for (var i = 1; i <= good; i++)
            File.WriteAllText(Path.Combine(dir, $"arsip-{i:D3}.txt"), joined + $"\n\nArsip nomor {i}\n", Encoding.UTF8);
        File.WriteAllBytes(Path.Combine(dir, "rusak.pdf"), "%PDF-1.7\n garbage, no xref, no pages"u8.ToArray());
        File.WriteAllText(Path.Combine(dir, "bukan-sop.txt"), "Daftar hadir rapat koordinasi.\nTidak ada prosedur di sini.\n");
        File.WriteAllText(Path.Combine(dir, "kosong.txt"), "");
        return dir;
    }
}
