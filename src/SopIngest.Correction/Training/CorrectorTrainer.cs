using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SopIngest.Correction.Candidates;
using SopIngest.Correction.Context;
using SopIngest.Correction.Correcting;
using SopIngest.Correction.Lexicon;
using SopIngest.Correction.Scoring;
using SopIngest.Correction.Text;

namespace SopIngest.Correction.Training;

/// <summary>
/// Trains the OCR corrector: lexicon (hunspell-id + domain words + corpus), corpus n-grams, a confusion table learned
/// from the training labels (and reviewers' edits), then an ML.NET FastTree classifier on real and synthetic errors.
/// The threshold is chosen by cross-validation on the training labels; the held-out labels are only used to report.
/// Writes <c>model.zip</c>, the tables and <c>metrics.json</c>.
/// </summary>
public static class CorrectorTrainer
{
    public const string MetricsFileName = "metrics.json";
    private static readonly double[] Thresholds = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.875, 0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97];

    public static CorrectorMetrics Train(CorrectorTrainerOptions options)
    {
        var clock = Stopwatch.StartNew();
        var corpus = LabelledSet.ReadCorpus(options.CorpusDirectory);
        var labels = LabelledSet.Read(options.LabelsDirectory, corpus);
        var random = new Random(options.Seed);
        var train = labels.Where(l => !l.HeldOut).Where(_ => options.LabelFraction >= 1 || random.NextDouble() < options.LabelFraction).ToList();
        var heldOut = labels.Where(l => l.HeldOut).ToList();
        var edits = options.ReviewEdits?.ReadEdits().Where(e => e.From.Length > 0 && e.Context.Contains(e.From, StringComparison.Ordinal)).ToList() ?? [];

        var allLines = corpus.Values.SelectMany(l => l).ToList();
        Trace(options, "labels", clock);
        var lexicon = BuildLexicon(options, allLines);
        Trace(options, "lexicon", clock);
        var statistics = CorpusStatistics.Build(allLines);
        Trace(options, "statistics", clock);
        var confusions = ConfusionTable.Learn(
            train.Where(l => l.IsError && l.Kind is "nonword" or "realword").Select(l => (l.Correction, l.Token))
                .Concat(edits.Select(e => (e.To, e.From))));
        Trace(options, "confusions", clock);
        var model = new CorrectionModel(lexicon, statistics, confusions, new ConstantScorer(), knownErrors: KnownErrorForms(train, corpus, edits, lexicon));
        Trace(options, "model", clock);
        var builder = new ExampleBuilder(model);

        // Real rows, kept per label so that cross-validation can leave a fold out.
        var realRows = train.Select(l => (Label: l, Rows: builder.FromLine(corpus[l.File][l.Line - 1],
            [(l.Column, l.End, l.IsError ? l.Correction : null)], null, options.RealExampleWeight).ToList())).ToList();
        Trace(options, "realrows", clock);
        var editRows = edits.SelectMany(e =>
        {
            var at = e.Context.IndexOf(e.From, StringComparison.Ordinal);
            return builder.FromLine(e.Context, [(at, at + e.From.Length, e.To)], null, options.RealExampleWeight);
        }).ToList();
        // Synthetic rows come only from lines that hold no held-out label.
        var heldOutLines = heldOut.Select(l => (l.File, l.Line)).ToHashSet();
        var cleanLines = corpus.SelectMany(kv => kv.Value.Select((text, i) => (kv.Key, Line: i + 1, text)))
            .Where(x => !heldOutLines.Contains((x.Key, x.Line)) && x.text.Length > 0).Select(x => x.text).ToList();
        var synthetic = 0;
        var syntheticRows = builder.Synthetic(cleanLines, options.SyntheticErrors, options.Seed, n => synthetic = n).ToList();
        Trace(options, "synthetic", clock);
        var knownErrors = train.Where(l => l.IsError).Select(l => l.Token.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var frequentRows = builder.FrequentUnlisted(cleanLines, options.FrequentWordCount, knownErrors).ToList();
        Trace(options, "frequent", clock);
        var sharedRows = editRows.Concat(syntheticRows).Concat(frequentRows).ToList();

        var threshold = options.Threshold ?? ChooseThreshold(model, corpus, realRows, sharedRows, options);

        Trace(options, "threshold", clock);
        var rows = realRows.SelectMany(r => r.Rows).Concat(sharedRows).ToList();
        var (mlModel, scorer, ml) = FastTreeScorer.Train(rows, options.FastTree);
        model.Scorer = scorer;
        Trace(options, "fit", clock);
        var trainingSeconds = Math.Round(clock.Elapsed.TotalSeconds, 1);

        var runtime = new TextCorrectorOptions { Threshold = threshold };
        var held = Evaluator.Evaluate(model, corpus, heldOut, runtime);
        var trainOutcome = Evaluator.Evaluate(model, corpus, train, runtime);
        if (options.Log is { } log)
            foreach (var m in trainOutcome.Misses.Concat(trainOutcome.FalseChanges)) log("train: " + m);
        Trace(options, "evaluate", clock);
        var (corpusRate, corpusTokens) = options.MeasureCorpusChangeRate ? Evaluator.CorpusChangeRate(model, corpus, labels, runtime) : ((double?)null, 0);
        var metrics = new CorrectorMetrics(
            held.Scores, held.ByKind, trainOutcome.Scores,
            TrainErrors: train.Count(l => l.IsError), TrainCorrectTokens: train.Count(l => !l.IsError), ReviewEdits: edits.Count,
            SyntheticErrors: synthetic, TrainingRows: rows.Count, Threshold: threshold, TrainingSeconds: trainingSeconds,
            CorpusTokensChangedRate: corpusRate, CorpusWordTokens: corpusTokens, LexiconWords: lexicon.Count,
            HeldOutMisses: held.Misses, HeldOutFalseChanges: held.FalseChanges);

        if (options.OutputDirectory is { } dir)
        {
            model.SaveTables(dir, threshold);
            FastTreeScorer.Save(ml, mlModel, Path.Combine(dir, FastTreeScorer.FileName));
            File.WriteAllText(Path.Combine(dir, MetricsFileName), JsonSerializer.Serialize(metrics, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }
        model.Dispose();
        return metrics;
    }

    /// <summary>K folds over the training labels, grouped by token form; sums the outcomes per threshold.</summary>
    private static double ChooseThreshold(CorrectionModel model, IReadOnlyDictionary<string, string[]> corpus,
        List<(LabelledToken Label, List<FeatureRow> Rows)> realRows, List<FeatureRow> sharedRows, CorrectorTrainerOptions options)
    {
        var knownErrors = model.KnownErrors;
        var tp = new int[Thresholds.Length];
        var changes = new int[Thresholds.Length];
        var falseChanges = new int[Thresholds.Length];
        var correctTokens = 0;
        for (var fold = 0; fold < options.CrossValidationFolds; fold++)
        {
            var inFold = realRows.Where(r => Fold(r.Label.Token, options.CrossValidationFolds) == fold).ToList();
            if (inFold.Count == 0) continue;
            var rows = realRows.Where(r => Fold(r.Label.Token, options.CrossValidationFolds) != fold).SelectMany(r => r.Rows).Concat(sharedRows);
            var (_, scorer, _) = FastTreeScorer.Train(rows, options.FastTree);
            var previous = model.Scorer;
            model.Scorer = scorer;
            // The fold's error forms are unknown to the model, as held-out ones are.
            model.KnownErrors = knownErrors.Except(inFold.Where(r => r.Label.IsError).Select(r => r.Label.Token.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
            correctTokens += inFold.Count(r => !r.Label.IsError);
            for (var t = 0; t < Thresholds.Length; t++)
            {
                var outcome = Evaluator.Evaluate(model, corpus, inFold.Select(r => r.Label).ToList(), new TextCorrectorOptions { Threshold = Thresholds[t] });
                var s = outcome.Scores;
                if (t == 0 && options.Log is { } log)
                    foreach (var m in outcome.Misses.Concat(outcome.FalseChanges)) log($"cv fold {fold}: {m}");
                tp[t] += s.TruePositives;
                changes[t] += s.TruePositives + s.WrongCorrections + s.FalseChanges;
                falseChanges[t] += s.FalseChanges;
            }
            model.Scorer = previous;
            model.KnownErrors = knownErrors;
            scorer.Dispose();
        }
        for (var t = 0; t < Thresholds.Length; t++)
        {
            var precision = changes[t] == 0 ? 1 : (double)tp[t] / changes[t];
            var fcr = correctTokens == 0 ? 0 : (double)falseChanges[t] / correctTokens;
            options.Log?.Invoke($"cv threshold {Thresholds[t]:0.00}: tp {tp[t]} changes {changes[t]} precision {precision:0.000} fcr {fcr:0.000}");
            if (precision >= options.TargetPrecision && fcr <= options.MaxFalseChangeRate) return Thresholds[t];
        }
        return Thresholds[^1];
    }

    /// <summary>
    /// Forms people marked as OCR errors: the training labels' error tokens and the reviewers' edited words. A word the
    /// word lists know was wrong only in its context (<c>Buku</c> in <c>Mutu Buku</c>), so it is kept as the pairs it
    /// made with its neighbours there.
    /// </summary>
    private static HashSet<string> KnownErrorForms(IEnumerable<LabelledToken> train, IReadOnlyDictionary<string, string[]> corpus,
        IEnumerable<ReviewEdit> edits, Lexicon.Lexicon lexicon)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        void Add(string line, int at, string form)
        {
            var lower = form.ToLowerInvariant();
            if (!lexicon.IsListed(lower)) { known.Add(lower); return; }
            var words = WordSequence.Of(LineTokenizer.Tokenize(line[..at])).SkipLast(1).ToList();
            var after = WordSequence.Of(LineTokenizer.Tokenize(line[(at + form.Length)..])).Skip(1).ToList();
            known.Add(words[^1] + " " + lower);
            known.Add(lower + " " + after[0]);
        }
        foreach (var l in train.Where(l => l.IsError && l.Correction.Length > 0)) Add(corpus[l.File][l.Line - 1], l.Column, l.Token);
        foreach (var e in edits) Add(e.Context, e.Context.IndexOf(e.From, StringComparison.Ordinal), e.From);
        return known;
    }

    private static void Trace(CorrectorTrainerOptions options, string step, Stopwatch clock) =>
        options.Log?.Invoke($"{clock.Elapsed.TotalSeconds,6:0.0}s {step}");

    private static int Fold(string token, int folds)
    {
        var h = 2166136261u; // FNV-1a: stable across runs and platforms
        foreach (var b in Encoding.UTF8.GetBytes(token.ToLowerInvariant())) h = (h ^ b) * 16777619u;
        return (int)(h % (uint)folds);
    }

    private static Lexicon.Lexicon BuildLexicon(CorrectorTrainerOptions options, IReadOnlyList<string> lines)
    {
        if (File.Exists(options.HunspellDictionary) && File.Exists(options.HunspellAffixes))
            return LexiconBuilder.Build(lines, options.HunspellDictionary, options.HunspellAffixes);
        var built = LexiconBuilder.Build(lines, null, null);
        if (options.FallbackLexiconDirectory is not { } fallback) return built;
        // No hunspell-id here: take the dictionary words of an earlier lexicon and recount the corpus.
        var previous = Lexicon.Lexicon.Load(Path.Combine(fallback, Lexicon.Lexicon.FileName));
        var entries = built.Entries.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var (word, e) in previous.Entries)
            if (e.InDictionary) entries[word] = entries.GetValueOrDefault(word) with { InDictionary = true };
        return new Lexicon.Lexicon(entries);
    }

    /// <summary>Stands in for the classifier while training rows are built (rows only need features).</summary>
    private sealed class ConstantScorer : ICandidateScorer
    {
        public float Score(float[] features) => 0;
    }
}
