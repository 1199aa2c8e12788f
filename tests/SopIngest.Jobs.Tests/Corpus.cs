using System.Text;
using SopIngest.Storage.Tests;

namespace SopIngest.Jobs.Tests;

/// <summary>Batches of real documents made from the seed OCR exports, each file distinct by content.</summary>
internal static class Corpus
{
    public static string[] Exports() =>
        Directory.GetFiles(Path.Combine(PostgresFixture.RepoRoot(), "corpus", "ocr-exports"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    /// <summary>A file of the scan set (<c>corpus/scans</c>): image-only and born-digital PDFs of synthetic SOPs.</summary>
    public static string Scan(string name) => Path.Combine(PostgresFixture.RepoRoot(), "corpus", "scans", name);

    /// <summary>The scanned documents of a crash batch: a 6-page image-only scan (OCRed page by page) and a 9-page born-digital PDF.</summary>
    public static readonly (string Name, string Source, int Pages)[] PagedInBatch =
    [
        // Named to sort among the exports (after arsip-009.txt): its pages are read while the batch is in full swing.
        ("arsip-010-pindaian.pdf", "synth-1-003.pdf", 6),
        ("arsip-020-digital.pdf", "synth-1-009-digital.pdf", 9),
    ];

    /// <summary>
    /// <paramref name="good"/> exports (all four seed exports joined, so each takes real reading work and a
    /// worker killed while a run is in flight reliably interrupts it, with a distinct closing line), the
    /// <see cref="PagedInBatch"/> PDFs read page by page, and the bad ones: a fake PDF, an export with no SOP,
    /// an empty file.
    /// </summary>
    public static string WriteBatch(string dir, int good)
    {
        Directory.CreateDirectory(dir);
        var joined = string.Join("\n\n", Exports().Select(File.ReadAllText));
        for (var i = 1; i <= good; i++)
            File.WriteAllText(Path.Combine(dir, $"arsip-{i:D3}.txt"), joined + $"\n\nArsip nomor {i}\n", Encoding.UTF8);
        foreach (var (name, source, _) in PagedInBatch)
            File.Copy(Scan(source), Path.Combine(dir, name));
        File.WriteAllBytes(Path.Combine(dir, "rusak.pdf"), "%PDF-1.7\n garbage, no xref, no pages"u8.ToArray());
        File.WriteAllText(Path.Combine(dir, "bukan-sop.txt"), "Daftar hadir rapat koordinasi.\nTidak ada prosedur di sini.\n");
        File.WriteAllText(Path.Combine(dir, "kosong.txt"), "");
        return dir;
    }
}
