namespace SopIngest.Correction.Training;

/// <summary>Figures of one labelled group (held-out set, or one kind of error).</summary>
public sealed record LabelScores(
    int Errors, int CorrectTokens, int TruePositives, int WrongCorrections, int MissedErrors, int FalseChanges,
    double Precision, double Recall, double FalseChangeRate);

/// <summary>What <see cref="CorrectorTrainer.Train"/> measured; written to <c>metrics.json</c>.</summary>
public sealed record CorrectorMetrics(
    LabelScores HeldOut,
    IReadOnlyDictionary<string, LabelScores> HeldOutByKind,
    LabelScores Train,
    int TrainErrors,
    int TrainCorrectTokens,
    int ReviewEdits,
    int SyntheticErrors,
    int TrainingRows,
    double Threshold,
    double TrainingSeconds,
    double? CorpusTokensChangedRate,
    int CorpusWordTokens,
    int LexiconWords,
    IReadOnlyList<string> HeldOutMisses,
    IReadOnlyList<string> HeldOutFalseChanges);
