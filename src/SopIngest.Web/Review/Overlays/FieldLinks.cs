using SopIngest.Core.Layout;
using SopIngest.Core.Records;

namespace SopIngest.Web.Review.Overlays;

/// <summary>
/// Which regions of the scan each form field was read from. The layout does not remember where a field came
/// from, so it is found again: a step is the table row holding its number and (most like) its activity, and
/// its fields the cells of that row most like their text (actor and shape: the swimlane symbol in the row);
/// an identity field is the cell or line outside the step rows most like its text.
/// </summary>
internal static class FieldLinks
{
    /// <summary>Below this similarity a field is not linked: no light is better than a wrong one.</summary>
    public const double MinScore = 0.5;

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(SopRecord record, IReadOnlyList<LayoutPage> pages)
    {
        var links = new Dictionary<string, IReadOnlyList<string>>();
        var rows = pages.SelectMany(LayoutRegions.Rows).ToList();
        var stepRegions = new HashSet<string>();
        for (var i = 0; i < record.Steps.Count; i++)
        {
            if (BestRow(record.Steps[i], rows) is not { } row)
                continue;
            rows.Remove(row); // one step per row
            stepRegions.UnionWith(row.Ids);
            LinkStep(links, $"steps[{i}]", record.Steps[i], row);
        }
        var texts = pages.SelectMany(LayoutRegions.Texts).Where(t => !stepRegions.Contains(t.Id))
            .Select(t => (t.Id, ComparableText.Of(t.Text))).ToList();
        foreach (var (field, values) in IdentityFields(record))
        {
            var ids = values.Select(v => Best(ComparableText.Of(v), texts)).OfType<string>().Distinct().ToList();
            if (ids.Count > 0)
                links[field] = ids;
        }
        return links;
    }

    private static RowRegions? BestRow(Step step, IEnumerable<RowRegions> rows)
    {
        RowRegions? best = null;
        var bestScore = 0.0;
        var wanted = ComparableText.Of(step.Activity);
        foreach (var row in rows)
        {
            var activity = row.Cells.Max(c => TextSimilarity.Score(wanted, c.Text));
            var numbered = NumberCell(step, row) is not null;
            var score = activity + (numbered ? 0.3 : 0);
            var plausible = activity >= MinScore || (numbered && activity >= 0.25);
            if (plausible && score > bestScore)
                (best, bestScore) = (row, score);
        }
        return best;
    }

    private static string? NumberCell(Step step, RowRegions row) =>
        row.Cells.Where(c => c.Cell.Column == 0 && c.Cell.Text.Trim().TrimEnd('.') == step.No.ToString()).Select(c => c.Id).FirstOrDefault();

    private static void LinkStep(Dictionary<string, IReadOnlyList<string>> links, string key, Step step, RowRegions row)
    {
        links[key] = row.Ids.ToList();
        if (NumberCell(step, row) is { } no)
            links[$"{key}.no"] = [no];
        var cells = row.Cells.Select(c => (c.Id, c.Text)).ToList();
        foreach (var (field, text) in new[]
                 {
                     ("activity", step.Activity), ("requirements", step.Requirements), ("duration", step.Duration.Text),
                     ("output", step.Output), ("notes", step.Notes),
                 })
        {
            if (Best(ComparableText.Of(text), cells) is { } id)
                links[$"{key}.{field}"] = [id];
        }
        if (row.Shapes.Count > 0)
        {
            links[$"{key}.actors"] = row.Shapes;
            links[$"{key}.shape"] = row.Shapes;
            links[$"{key}.next"] = row.Shapes;
        }
    }

    private static string? Best(ComparableText text, IEnumerable<(string Id, ComparableText Text)> regions)
    {
        string? best = null;
        var bestScore = MinScore;
        foreach (var (id, regionText) in regions)
        {
            var score = TextSimilarity.Score(text, regionText);
            if (score >= bestScore)
                (best, bestScore) = (id, score);
            if (score >= 1)
                break;
        }
        return best;
    }

    /// <summary>The identity fields by the form's names, each with the texts to look for (a list's items one by one).</summary>
    private static IEnumerable<(string Field, IReadOnlyList<string> Values)> IdentityFields(SopRecord r) =>
    [
        ("title", [r.Title]),
        ("number", [r.Number]),
        ("agency.government", [r.Agency.Government]),
        ("agency.office", [r.Agency.Office]),
        ("agency.units", r.Agency.Units),
        ("approval.position", [r.Approval.Position]),
        ("approval.name", [r.Approval.Name]),
        ("approval.nip", [r.Approval.Nip]),
        ("legalBasis", r.LegalBasis),
        ("qualifications", r.Qualifications),
        ("relatedSops", r.RelatedSops),
        ("equipment", r.Equipment),
        ("warnings", r.Warnings),
        ("recordKeeping", r.RecordKeeping),
        ("actors", r.Actors),
    ];
}
