using System.Diagnostics;
using System.Globalization;
using System.Text;
using SopIngest.Core.Records;
using SopIngest.Search.Analysis;
using SopIngest.Search.Evaluation;
using SopIngest.Search.Lucene;
using SopIngest.Search.Records;

namespace SopIngest.Search.Benchmarks;

public sealed record SearchBenchmarkOptions
{
    public int Records { get; init; } = 100_000;
    public int TimedQueries { get; init; } = 1_000;
    public int WarmupQueries { get; init; } = 200;
    public int Seed { get; init; } = 8;
}

public sealed record SearchBenchmarkResult(
    int Records, TimeSpan IndexTime, double RecordsPerSecond, long IndexBytes, int Queries,
    double P50Ms, double P95Ms, double P99Ms, double MeanMs, double FacetP50Ms, double FacetP95Ms,
    int Segments);

/// <summary>
/// Scales the corpus up to N records with variations (other agencies and years, steps dropped or swapped,
/// abbreviations swapped with their long forms, OCR-like letter slips), indexes them on disk and times
/// the judged queries. Not a unit test: run by <c>scripts/bench-search</c>.
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

    public static SearchBenchmarkResult Run(IReadOnlyList<IndexedRecord> seed, IReadOnlyList<string> queries, string directory,
        SearchBenchmarkOptions options, Action<string> progress)
    {
        var records = ScaleUp(seed, options.Records, options.Seed);
        progress($"scaled {seed.Count} records up to {records.Count}");
        if (Directory.Exists(directory)) Directory.Delete(directory, true);
        var analysis = IndonesianAnalysis.Default;

        var clock = Stopwatch.StartNew();
        using (var writer = new LuceneSearchIndex(new LuceneSearchIndexOptions { Path = directory }, analysis))
        {
            foreach (var batch in records.Chunk(5_000))
            {
                writer.Upsert(batch);
                progress($"indexed {Math.Min(records.Count, writer.Count)} records, {clock.Elapsed.TotalSeconds:0}s");
            }
            writer.Flush();
        }
        clock.Stop();
        var indexTime = clock.Elapsed;
        var bytes = new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        var segments = new DirectoryInfo(directory).EnumerateFiles("*.si").Count();

        using var index = new LuceneSearchIndex(new LuceneSearchIndexOptions { Path = directory, ReadOnly = true }, analysis);
        var random = new Random(options.Seed);
        for (var i = 0; i < options.WarmupQueries; i++) index.Search(new SearchQuery(queries[random.Next(queries.Count)]));
        var times = new List<double>();
        var facetTimes = new List<double>();
        for (var i = 0; i < options.TimedQueries; i++)
        {
            var q = queries[i % queries.Count];
            var t = Stopwatch.GetTimestamp();
            index.Search(new SearchQuery(q, 10));
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            if (i % 5 == 0)
            {
                t = Stopwatch.GetTimestamp();
                index.Search(new SearchQuery(q, 10) { Facets = true });
                facetTimes.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }
        return new SearchBenchmarkResult(records.Count, indexTime, records.Count / indexTime.TotalSeconds, bytes, times.Count,
            Percentile(times, 50), Percentile(times, 95), Percentile(times, 99), times.Average(),
            Percentile(facetTimes, 50), Percentile(facetTimes, 95), segments);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Report(SearchBenchmarkResult r, string machine, string command)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("# Search benchmark (embedded Lucene backend)");
        sb.AppendLine();
        sb.AppendLine($"Produced by `{command}` on {DateTime.UtcNow:yyyy-MM-dd} ({machine}).");
        sb.AppendLine("The 150 corpus records scaled up with variations (other agencies and years, a step dropped or");
        sb.AppendLine("swapped, abbreviations swapped with their long forms, OCR-like letter slips); the queries are the 83");
        sb.AppendLine("judged queries of `corpus/search/queries.tsv`, top 10, snippets included, after a warm-up.");
        sb.AppendLine();
        sb.AppendLine("| measure | value |");
        sb.AppendLine("|---|---|");
        sb.AppendLine(string.Create(c, $"| records | {r.Records:N0} |"));
        sb.AppendLine(string.Create(c, $"| indexing time | {r.IndexTime.TotalSeconds:0.0} s |"));
        sb.AppendLine(string.Create(c, $"| indexing throughput | {r.RecordsPerSecond:N0} records/s |"));
        sb.AppendLine(string.Create(c, $"| index size on disk | {r.IndexBytes / 1048576.0:0.0} MB ({r.Segments} segments, stored record JSON and term vectors included) |"));
        sb.AppendLine(string.Create(c, $"| timed queries | {r.Queries:N0} |"));
        sb.AppendLine(string.Create(c, $"| query latency p50 | {r.P50Ms:0.0} ms |"));
        sb.AppendLine(string.Create(c, $"| query latency p95 | {r.P95Ms:0.0} ms |"));
        sb.AppendLine(string.Create(c, $"| query latency p99 | {r.P99Ms:0.0} ms |"));
        sb.AppendLine(string.Create(c, $"| query latency mean | {r.MeanMs:0.0} ms |"));
        sb.AppendLine(string.Create(c, $"| with facet counts, p50 / p95 | {r.FacetP50Ms:0.0} / {r.FacetP95Ms:0.0} ms |"));
        return sb.ToString();
    }
}
