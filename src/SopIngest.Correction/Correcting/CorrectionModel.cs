using System.Text.Json;
using SopIngest.Correction.Candidates;
using SopIngest.Correction.Context;
using SopIngest.Correction.Scoring;

namespace SopIngest.Correction.Correcting;

/// <summary>What a model directory holds besides the classifier: how it was trained, for the runtime to check.</summary>
internal sealed record ModelManifest(int FeatureCount, string[] FeatureNames, double Threshold, int MinCorpusCountForCandidates);

/// <summary>
/// Everything the corrector reads, loaded once: lexicon, corpus statistics, confusion table, SymSpell index, candidate
/// generator and the classifier. Immutable and shared by all threads.
/// </summary>
internal sealed class CorrectionModel : IDisposable
{
    public const string ManifestFileName = "corrector.json";
    public const int DefaultMinCorpusCount = 2;

    public const string KnownErrorsFileName = "known-errors.txt";

    public CorrectionModel(Lexicon.Lexicon lexicon, CorpusStatistics statistics, ConfusionTable confusions, ICandidateScorer scorer,
        int minCorpusCount = DefaultMinCorpusCount, double threshold = 0.5, IEnumerable<string>? knownErrors = null)
    {
        KnownErrors = new HashSet<string>(knownErrors ?? [], StringComparer.Ordinal);
        Lexicon = lexicon;
        Statistics = statistics;
        Confusions = confusions;
        Scorer = scorer;
        Threshold = threshold;
        MinCorpusCount = minCorpusCount;
        Index = new SymSpellIndex(lexicon.CandidateWords(minCorpusCount));
        Characters = new Lexicon.CharTrigrams(lexicon);
        Generator = new CandidateGenerator(lexicon, Index, statistics, confusions);
    }

    public Lexicon.Lexicon Lexicon { get; }
    public CorpusStatistics Statistics { get; }
    public ConfusionTable Confusions { get; }
    public SymSpellIndex Index { get; }
    public Lexicon.CharTrigrams Characters { get; }
    public CandidateGenerator Generator { get; }
    public ICandidateScorer Scorer { get; set; }
    public double Threshold { get; }
    public int MinCorpusCount { get; }

    /// <summary>
    /// Forms people marked as OCR errors (training labels, reviewers' edits), lower case, a merge's pair with its space:
    /// the corpus holds them, but they are not taken as written.
    /// </summary>
    public IReadOnlySet<string> KnownErrors { get; set; }

    public static CorrectionModel Load(string directory)
    {
        var manifestPath = Path.Combine(directory, ManifestFileName);
        if (!File.Exists(manifestPath)) throw new FileNotFoundException($"No corrector model in {directory} (missing {ManifestFileName}).", manifestPath);
        var manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(manifestPath))!;
        if (manifest.FeatureCount != CandidateFeatures.Count)
            throw new InvalidDataException($"The model in {directory} was trained with {manifest.FeatureCount} features; this build computes {CandidateFeatures.Count}. Retrain it.");
        var lexicon = SopIngest.Correction.Lexicon.Lexicon.Load(Path.Combine(directory, SopIngest.Correction.Lexicon.Lexicon.FileName));
        var stats = CorpusStatistics.Load(Path.Combine(directory, CorpusStatistics.FileName));
        var confusions = ConfusionTable.Load(Path.Combine(directory, ConfusionTable.FileName));
        var scorer = FastTreeScorer.Load(Path.Combine(directory, FastTreeScorer.FileName));
        var knownPath = Path.Combine(directory, KnownErrorsFileName);
        var known = File.Exists(knownPath) ? File.ReadAllLines(knownPath).Where(l => l.Length > 0) : [];
        return new CorrectionModel(lexicon, stats, confusions, scorer, manifest.MinCorpusCountForCandidates, manifest.Threshold, known);
    }

    /// <summary>Writes everything but the classifier (the trainer saves that with ML.NET) and the manifest.</summary>
    public void SaveTables(string directory, double threshold)
    {
        Directory.CreateDirectory(directory);
        Lexicon.Save(Path.Combine(directory, SopIngest.Correction.Lexicon.Lexicon.FileName));
        Statistics.Save(Path.Combine(directory, CorpusStatistics.FileName));
        Confusions.Save(Path.Combine(directory, ConfusionTable.FileName));
        File.WriteAllLines(Path.Combine(directory, KnownErrorsFileName), KnownErrors.Order(StringComparer.Ordinal));
        var manifest = new ModelManifest(CandidateFeatures.Count, CandidateFeatures.Names, threshold, MinCorpusCount);
        File.WriteAllText(Path.Combine(directory, ManifestFileName), JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    public void Dispose() => (Scorer as IDisposable)?.Dispose();
}
