using SopIngest.Core.Records;
using SopIngest.Search.Records;

namespace SopIngest.Search.Benchmarks;

/// <summary>
/// Scales the corpus up to N records with variations (other agencies and years, steps dropped or swapped,
/// abbreviations swapped with their long forms, OCR-like letter slips). <c>scripts/bench-search</c> indexes
/// them and times the judged queries (its measuring program builds against older versions of this code too).
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] Governments =
    [
        "PEMERINTAH PROVINSI JAWA BARAT", "PEMERINTAH KOTA SURABAYA", "PEMERINTAH KABUPATEN SLEMAN", "PEMERINTAH PROVINSI RIAU",
        "PEMERINTAH KOTA MAKASSAR", "PEMERINTAH KABUPATEN BADUNG", "PEMERINTAH PROVINSI ACEH", "PEMERINTAH KOTA PONTIANAK",
    ];
    private static readonly string[] Offices =
    [
        "DINAS PENDIDIKAN", "DINAS KESEHATAN", "BADAN KEPEGAWAIAN DAERAH", "DINAS PERHUBUNGAN", "DINAS SOSIAL",
        "DINAS KOPERASI DAN UKM", "BADAN PENDAPATAN DAERAH", "DINAS TENAGA KERJA",
    ];

    public static IReadOnlyList<IndexedRecord> ScaleUp(IReadOnlyList<IndexedRecord> seed, int count, int randomSeed)
    {
        var random = new Random(randomSeed);
        var result = new List<IndexedRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var source = seed[i % seed.Count];
            if (i < seed.Count) { result.Add(source); continue; }
            var r = source.Record;
            var steps = r.Steps.ToList();
            if (steps.Count > 3 && random.NextDouble() < 0.3) steps.RemoveAt(random.Next(1, steps.Count - 1));
            if (steps.Count > 3 && random.NextDouble() < 0.2)
            {
                var k = random.Next(1, steps.Count - 2);
                (steps[k], steps[k + 1]) = (steps[k + 1], steps[k]);
            }
            steps = steps.Select((s, n) => s with { No = n + 1, Activity = Vary(s.Activity, random) }).ToList();
            var year = 2015 + random.Next(10);
            var varied = r with
            {
                Title = Vary(r.Title, random),
                Agency = new Agency(Governments[random.Next(Governments.Length)], Offices[random.Next(Offices.Length)], r.Agency.Units),
                Dates = new SopDates(new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28)), null, null),
                Steps = steps,
            };
            result.Add(new IndexedRecord($"bench{i / seed.Count:D5}:{i % seed.Count}", $"bench-{i / seed.Count:D5}.pdf", varied));
        }
        return result;
    }

    private static readonly (string, string)[] Swaps =
    [
        ("Kenaikan Gaji Berkala", "KGB"), ("Kepala Sub Bagian", "Kasubag"), ("Pegawai Negeri Sipil", "PNS"),
        ("Kepala Dinas", "Kadis"), ("Rencana Kerja", "Renja"),
    ];

    /// <summary>Swaps an abbreviation with its long form, or slips one letter as OCR does (rn↔m, l↔i, e↔c).</summary>
    private static string Vary(string text, Random random)
    {
        foreach (var (longForm, shortForm) in Swaps)
        {
            if (random.NextDouble() > 0.5) continue;
            if (text.Contains(longForm, StringComparison.OrdinalIgnoreCase)) text = text.Replace(longForm, shortForm, StringComparison.OrdinalIgnoreCase);
            else if (text.Contains(shortForm, StringComparison.Ordinal)) text = text.Replace(shortForm, longForm, StringComparison.Ordinal);
        }
        if (text.Length > 10 && random.NextDouble() < 0.3)
        {
            var at = random.Next(text.Length);
            var slip = text[at] switch { 'm' => "rn", 'l' => "i", 'e' => "c", 'i' => "l", 'a' => "o", _ => null };
            if (slip is not null) text = text[..at] + slip + text[(at + 1)..];
        }
        return text;
    }
}
