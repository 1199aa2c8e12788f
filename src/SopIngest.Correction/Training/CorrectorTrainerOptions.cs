namespace SopIngest.Correction.Training;

/// <summary>Typed options of <see cref="CorrectorTrainer.Train"/>.</summary>
public sealed record CorrectorTrainerOptions
{
    /// <summary>The OCR exports (<c>corpus/ocr-exports</c>): vocabulary, n-grams and synthetic noise come from them.</summary>
    public required string CorpusDirectory { get; init; }

    /// <summary><c>corpus/labels</c>: <c>errors.tsv</c> and <c>correct.tsv</c>.</summary>
    public required string LabelsDirectory { get; init; }

    /// <summary>Where the model goes (<c>models/corrector</c>); null trains and evaluates without writing.</summary>
    public string? OutputDirectory { get; init; }

    public string HunspellDictionary { get; init; } = "/usr/share/hunspell/id_ID.dic";
    public string HunspellAffixes { get; init; } = "/usr/share/hunspell/id_ID.aff";

    /// <summary>
    /// A model directory whose lexicon supplies the dictionary words when hunspell-id is not installed (CI without the
    /// Debian package); ignored when the hunspell files exist.
    /// </summary>
    public string? FallbackLexiconDirectory { get; init; }

    /// <summary>Reviewers' edits from the store, used as further labelled errors.</summary>
    public IReviewEditSource? ReviewEdits { get; init; }

    /// <summary>How many synthetic errors to draw from clean corpus words.</summary>
    public int SyntheticErrors { get; init; } = 8000;

    /// <summary>Fraction of the training labels used (1 = all); tests use a small share to stay fast.</summary>
    public double LabelFraction { get; init; } = 1.0;

    /// <summary>
    /// Probability a candidate must reach to be applied; null chooses it by cross-validation on the training
    /// labels (<see cref="CrossValidationFolds"/> folds grouped by token form): the lowest threshold whose precision reaches <see cref="TargetPrecision"/> and whose false-change rate
    /// stays within <see cref="MaxFalseChangeRate"/>.
    /// </summary>
    public double? Threshold { get; init; }

    public double TargetPrecision { get; init; } = 0.96;
    public double MaxFalseChangeRate { get; init; } = 0.01;
    public int CrossValidationFolds { get; init; } = 4;

    /// <summary>Corpus words the word lists lack but seen this often are taught as correct (abbreviations, names, jargon).</summary>
    public int FrequentWordCount { get; init; } = 10;

    /// <summary>Weight of a real labelled example against a synthetic one.</summary>
    public float RealExampleWeight { get; init; } = 3;

    public int Seed { get; init; } = 17;

    /// <summary>Also correct the whole corpus to report the share of tokens changed (a few seconds).</summary>
    public bool MeasureCorpusChangeRate { get; init; } = true;

    public FastTreeSettings FastTree { get; init; } = new();

    /// <summary>Receives progress lines, cross-validation figures and the training misses (null: silent).</summary>
    public Action<string>? Log { get; init; }
}
