using System.Collections.Immutable;

namespace SopIngest.Evaluation.Metrics;

/// <summary>
/// The counts behind every metric of one file, or of many added together. Field metrics run over all truth
/// records (a record the extraction missed scores zero), so they measure the whole job end to end.
/// </summary>
public sealed record ScoreCard
{
    public int Files { get; init; }
    public int FailedFiles { get; init; }
    public int Pages { get; init; }
    public int TruthRecords { get; init; }
    public int FoundRecords { get; init; }
    public int MatchedRecords { get; init; }
    public Ratio Number { get; init; }
    public Ratio Title { get; init; }
    public Ratio Dates { get; init; }
    public Ratio Nip { get; init; }
    /// <summary>Edit distance summed over text fields, against their truth length: 1 − CER.</summary>
    public Ratio Characters { get; init; }
    /// <summary>The same, per text field (title, activity, requirements, …), so a change can be seen field by field.</summary>
    public ImmutableSortedDictionary<string, Ratio> FieldCharacters { get; init; } = ImmutableSortedDictionary<string, Ratio>.Empty;
    public Ratio StepActors { get; init; }
    public Ratio StepShapes { get; init; }
    public Ratio Durations { get; init; }
    public int EdgeTruePositives { get; init; }
    public int EdgeFalsePositives { get; init; }
    public int EdgeFalseNegatives { get; init; }
    public Ratio OtherPages { get; init; }
    public double Seconds { get; init; }

    /// <summary>Character accuracy of all truth text in the extraction, reading order aside (<see cref="Scoring.AllTextScorer"/>).</summary>
    public Ratio AllText { get; init; }

    /// <summary>The same for plain <c>tesseract -l ind</c> on the same page images: the baseline side by side.</summary>
    public Ratio BaselineAllText { get; init; }

    public static readonly ScoreCard Empty = new();

    public static ScoreCard operator +(ScoreCard a, ScoreCard b) => new()
    {
        Files = a.Files + b.Files,
        FailedFiles = a.FailedFiles + b.FailedFiles,
        Pages = a.Pages + b.Pages,
        TruthRecords = a.TruthRecords + b.TruthRecords,
        FoundRecords = a.FoundRecords + b.FoundRecords,
        MatchedRecords = a.MatchedRecords + b.MatchedRecords,
        Number = a.Number + b.Number,
        Title = a.Title + b.Title,
        Dates = a.Dates + b.Dates,
        Nip = a.Nip + b.Nip,
        Characters = a.Characters + b.Characters,
        FieldCharacters = b.FieldCharacters.Aggregate(a.FieldCharacters, (sum, f) => sum.SetItem(f.Key, sum.GetValueOrDefault(f.Key) + f.Value)),
        StepActors = a.StepActors + b.StepActors,
        StepShapes = a.StepShapes + b.StepShapes,
        Durations = a.Durations + b.Durations,
        EdgeTruePositives = a.EdgeTruePositives + b.EdgeTruePositives,
        EdgeFalsePositives = a.EdgeFalsePositives + b.EdgeFalsePositives,
        EdgeFalseNegatives = a.EdgeFalseNegatives + b.EdgeFalseNegatives,
        OtherPages = a.OtherPages + b.OtherPages,
        Seconds = a.Seconds + b.Seconds,
        AllText = a.AllText + b.AllText,
        BaselineAllText = a.BaselineAllText + b.BaselineAllText,
    };

    /// <summary>The reported metrics, in report order; null where nothing was there to score.</summary>
    public IReadOnlyList<(string Name, double? Value)> Metrics() =>
    [
        ("recordPrecision", FoundRecords == 0 ? (TruthRecords == 0 ? null : 0) : (double)MatchedRecords / FoundRecords),
        ("recordRecall", TruthRecords == 0 ? null : (double)MatchedRecords / TruthRecords),
        ("numberExact", Number.Value),
        ("titleExact", Title.Value),
        ("datesExact", Dates.Value),
        ("nipExact", Nip.Value),
        ("charAccuracy", Characters.Value),
        ("stepActorAccuracy", StepActors.Value),
        ("stepShapeAccuracy", StepShapes.Value),
        ("durationAccuracy", Durations.Value),
        ("nextEdgeF1", EdgeF1),
        ("otherPagesRecall", OtherPages.Value),
    ];

    public double? EdgeF1
    {
        get
        {
            var denominator = 2 * EdgeTruePositives + EdgeFalsePositives + EdgeFalseNegatives;
            return denominator == 0 ? null : 2.0 * EdgeTruePositives / denominator;
        }
    }
}
