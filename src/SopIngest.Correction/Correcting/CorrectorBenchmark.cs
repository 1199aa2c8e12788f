using System.Diagnostics;
using SopIngest.Correction.Text;

namespace SopIngest.Correction;

/// <summary>Throughput of one corrector on one thread: tokens (words, numbers, codes) per second.</summary>
public sealed record BenchmarkResult(int Lines, long Tokens, double Seconds, double TokensPerSecond);

/// <summary>
/// Measures <see cref="TextCorrector.CorrectLine"/> on one thread (one core). A method for <c>scripts/bench</c> and
/// the report, not a timed unit test: a loaded CI machine must not fail a build over it.
/// </summary>
public static class CorrectorBenchmark
{
    public static BenchmarkResult Run(ITextCorrector corrector, IReadOnlyList<string> lines, int repeat = 3)
    {
        long tokens = 0;
        foreach (var line in lines) tokens += LineTokenizer.Tokenize(line).Count(t => t.Kind != TokenKind.Markup);
        foreach (var line in lines.Take(200)) corrector.CorrectLine(line); // warm-up: JIT and caches
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < repeat; r++)
            foreach (var line in lines) corrector.CorrectLine(line);
        var seconds = clock.Elapsed.TotalSeconds;
        var total = tokens * repeat;
        return new BenchmarkResult(lines.Count * repeat, total, Math.Round(seconds, 3), Math.Round(total / Math.Max(seconds, 1e-9)));
    }
}
