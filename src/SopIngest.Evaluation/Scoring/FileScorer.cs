using System.Collections.Immutable;
using SopIngest.Core.Records;
using SopIngest.Evaluation.Metrics;

namespace SopIngest.Evaluation.Scoring;

/// <summary>Scores one extraction result against its truth: the counts of a <see cref="ScoreCard"/>.</summary>
public static class FileScorer
{
    public static ScoreCard Score(ExtractResult truth, ExtractResult output, double seconds = 0)
    {
        var pairs = RecordMatcher.Match(truth.Records, output.Records);
        var matchedOutput = pairs.Select(p => p.Output).ToHashSet();
        var card = new ScoreCard
        {
            Files = 1,
            FailedFiles = output.Error is null ? 0 : 1,
            Pages = truth.PageCount,
            TruthRecords = truth.Records.Count,
            FoundRecords = output.Records.Count,
            MatchedRecords = pairs.Count,
            OtherPages = OtherPagesFound(truth.OtherPages, output.OtherPages),
            Seconds = seconds,
        };
        for (var t = 0; t < truth.Records.Count; t++)
        {
            var o = pairs.Where(p => p.Truth == t).Select(p => (int?)p.Output).FirstOrDefault();
            card += Record(truth.Records[t], o is { } i ? output.Records[i] : null);
        }
        // Edges of records the truth does not have are all false positives.
        for (var o = 0; o < output.Records.Count; o++)
            if (!matchedOutput.Contains(o))
                card += new ScoreCard { EdgeFalsePositives = Edges(output.Records[o]).Count };
        return card;
    }

    /// <summary>One truth record against its match (or nothing, which scores zero everywhere).</summary>
    public static ScoreCard Record(SopRecord truth, SopRecord? output)
    {
        var o = output;
        var characters = default(Ratio);
        var fields = ImmutableSortedDictionary<string, Ratio>.Empty;
        void Chars(string field, string t, string? x)
        {
            var ratio = CharRatio(t, x ?? "");
            characters += ratio;
            fields = fields.SetItem(field, fields.GetValueOrDefault(field) + ratio);
        }

        Chars("title", truth.Title, o?.Title);
        Chars("number", truth.Number, o?.Number);
        Chars("agency", truth.Agency.Government, o?.Agency.Government);
        Chars("agency", truth.Agency.Office, o?.Agency.Office);
        Chars("approval", truth.Approval.Position, o?.Approval.Position);
        Chars("approval", truth.Approval.Name, o?.Approval.Name);
        Chars("legalBasis", Join(truth.LegalBasis), o is null ? null : Join(o.LegalBasis));
        Chars("qualifications", Join(truth.Qualifications), o is null ? null : Join(o.Qualifications));
        Chars("relatedSops", Join(truth.RelatedSops), o is null ? null : Join(o.RelatedSops));
        Chars("equipment", Join(truth.Equipment), o is null ? null : Join(o.Equipment));
        Chars("warnings", Join(truth.Warnings), o is null ? null : Join(o.Warnings));
        Chars("recordKeeping", Join(truth.RecordKeeping), o is null ? null : Join(o.RecordKeeping));
        Chars("actors", Join(truth.Actors), o is null ? null : Join(o.Actors));

        var actors = default(Ratio);
        var shapes = default(Ratio);
        var durations = default(Ratio);
        foreach (var step in truth.Steps)
        {
            var found = o?.Steps.FirstOrDefault(s => s.No == step.No);
            Chars("activity", step.Activity, found?.Activity);
            Chars("requirements", step.Requirements, found?.Requirements);
            Chars("output", step.Output, found?.Output);
            Chars("notes", step.Notes, found?.Notes);
            Chars("waktu", step.Duration.Text, found?.Duration.Text);
            actors += Ratio.Of(found is not null && SameSet(step.Actors, found.Actors));
            shapes += Ratio.Of(found is not null && found.Shape == step.Shape);
            durations += Ratio.Of(found is not null && Near(step.Duration.MinMinutes, found.Duration.MinMinutes) && Near(step.Duration.MaxMinutes, found.Duration.MaxMinutes));
        }

        var truthEdges = Edges(truth);
        var outputEdges = o is null ? [] : Edges(o);
        var tp = truthEdges.Intersect(outputEdges).Count();
        return new ScoreCard
        {
            Number = Ratio.Of(o is not null && Text.Fold(truth.Number) == Text.Fold(o.Number)),
            Title = Ratio.Of(o is not null && Text.Fold(truth.Title) == Text.Fold(o.Title)),
            Dates = Ratio.Of(o is not null && truth.Dates.Created == o.Dates.Created)
                + Ratio.Of(o is not null && truth.Dates.Revised == o.Dates.Revised)
                + Ratio.Of(o is not null && truth.Dates.Effective == o.Dates.Effective),
            Nip = Ratio.Of(o is not null && truth.Approval.Nip == o.Approval.Nip),
            Characters = characters,
            FieldCharacters = fields,
            StepActors = actors,
            StepShapes = shapes,
            Durations = durations,
            EdgeTruePositives = tp,
            EdgeFalseNegatives = truthEdges.Count - tp,
            EdgeFalsePositives = outputEdges.Count - tp,
        };
    }

    private static Ratio CharRatio(string truth, string output)
    {
        var t = Text.Fold(truth);
        var o = Text.Fold(output);
        if (t.Length == 0) return o.Length == 0 ? default : new Ratio(0, o.Length); // text where none was printed counts against
        return new Ratio(t.Length - Math.Min(t.Length, EditDistance.Levenshtein(t, o)), t.Length);
    }

    private static HashSet<(int From, int To, string Label)> Edges(SopRecord record) =>
        record.Steps.SelectMany(s => s.Next.Select(e => (s.No, e.To, e.Label ?? ""))).ToHashSet();

    private static Ratio OtherPagesFound(IReadOnlyList<OtherPage> truth, IReadOnlyList<OtherPage> output)
    {
        var found = output.Select(p => p.Page).ToHashSet();
        return new Ratio(truth.Count(p => found.Contains(p.Page)), truth.Count);
    }

    private static string Join(IReadOnlyList<string> items) => string.Join("\n", items.Select(Text.Fold));

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Select(Text.Fold).ToHashSet().SetEquals(b.Select(Text.Fold));

    private static bool Near(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) < 1e-6;
}
