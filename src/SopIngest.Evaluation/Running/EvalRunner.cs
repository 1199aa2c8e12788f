using System.Diagnostics;
using System.Text.Json;
using SopIngest.Core.Json;
using SopIngest.Core.Records;
using SopIngest.Evaluation.Scoring;

namespace SopIngest.Evaluation.Running;

/// <summary>
/// Runs extraction on every file a truth folder describes and scores it. The extraction is handed in
/// (the host's composition root decides the readers), so the scores follow whatever the pipeline can do:
/// a file it cannot read scores zero, honestly. Each output is kept under <c>OUT/extracted/</c>.
/// </summary>
public sealed class EvalRunner(Func<string, ExtractResult> extract)
{
    public IReadOnlyList<FileResult> Run(EvalOptions options, Action<string>? progress = null)
    {
        var scansDir = options.ScansDir ?? Path.GetDirectoryName(Path.GetFullPath(options.TruthDir.TrimEnd('/')))!;
        var classes = ReadManifestClasses(Path.Combine(scansDir, "manifest.json"));
        var extractedDir = Path.Combine(options.OutDir, "extracted");
        Directory.CreateDirectory(extractedDir);

        var truthFiles = Directory.EnumerateFiles(options.TruthDir, "*.json").Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Truth: SopJson.ReadExtract(path)))
            .Where(t => options.OnlyClass is null || classes.GetValueOrDefault(t.Truth.File)?.Values.Contains(options.OnlyClass) == true)
            .Take(options.Limit ?? int.MaxValue)
            .ToList();

        var results = new List<FileResult>();
        foreach (var (_, truth) in truthFiles)
        {
            var input = Path.Combine(scansDir, truth.File);
            var clock = Stopwatch.StartNew();
            var output = extract(input);
            var seconds = clock.Elapsed.TotalSeconds;
            File.WriteAllText(Path.Combine(extractedDir, Path.GetFileNameWithoutExtension(truth.File) + ".json"), SopJson.Serialize(output) + "\n");
            var score = FileScorer.Score(truth, output, seconds) with { AllText = AllTextScorer.Score(truth, AllTextScorer.TextOf(output)) };
            if (options.CompareWithTesseract && PlainTesseract.Read(input, truth.PageCount) is { } baseline)
                score = score with { BaselineAllText = AllTextScorer.Score(truth, baseline) };
            var fileClasses = classes.GetValueOrDefault(truth.File) ?? new Dictionary<string, string> { ["kind"] = "unknown" };
            results.Add(new FileResult(truth.File, fileClasses, score, output.Error));
            progress?.Invoke($"{truth.File}: {score.MatchedRecords}/{score.TruthRecords} records, {seconds:0.0} s{(output.Error is null ? "" : " — " + output.Error)}");
        }
        return results;
    }

    /// <summary>file name → its classes, from the synth manifest; empty when there is none.</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, string>> ReadManifestClasses(string path)
    {
        var map = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        if (!File.Exists(path)) return map;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var file in doc.RootElement.GetProperty("files").EnumerateArray())
        {
            var classes = file.GetProperty("classes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
            map[file.GetProperty("file").GetString()!] = classes;
        }
        return map;
    }
}
