using SopIngest.Core.Records;

namespace SopIngest.Search.Records;

/// <summary>
/// The searchable text of a record, field by field, the same for every backend; and the agency label and
/// facet values a hit reports.
/// </summary>
public static class RecordFields
{
    public const string Title = "title";
    public const string Number = "number";
    public const string Activity = "activity";
    public const string Actors = "actors";
    public const string Requirements = "requirements";
    public const string Outputs = "outputs";
    public const string LegalBasis = "legalBasis";
    public const string Agency = "agency";
    public const string Other = "other";

    /// <summary>Fields and their query boosts.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Boosts =
    [
        (Title, 6f), (Activity, 1.5f), (Actors, 1f), (Requirements, 1f), (Outputs, 1f),
        (LegalBasis, 1f), (Agency, 0.5f), (Other, 0.8f), (Number, 2f),
    ];

    public static IReadOnlyDictionary<string, string> Text(SopRecord r) => new Dictionary<string, string>
    {
        [Title] = r.Title,
        [Number] = r.Number,
        [Activity] = Join(r.Steps.Select(s => s.Activity)),
        [Actors] = Join(r.Actors.Concat(r.Steps.SelectMany(s => s.Actors)).Distinct()),
        [Requirements] = Join(r.Steps.Select(s => s.Requirements)),
        [Outputs] = Join(r.Steps.Select(s => s.Output)),
        [LegalBasis] = Join(r.LegalBasis),
        [Agency] = Join([r.Agency.Government, r.Agency.Office, .. r.Agency.Units, r.Approval.Position]),
        [Other] = Join(r.Qualifications.Concat(r.RelatedSops).Concat(r.Equipment).Concat(r.Warnings)
            .Concat(r.RecordKeeping).Concat(r.Steps.Select(s => s.Notes))),
    };

    /// <summary>What snippets are cut from: the body of the SOP, title first.</summary>
    public static string Content(SopRecord r) => Join(
    [
        r.Title, .. r.Steps.Select(s => s.Activity), .. r.LegalBasis, .. r.Steps.Select(s => s.Requirements),
        .. r.Steps.Select(s => s.Output), .. r.Equipment, .. r.Warnings, .. r.Qualifications, .. r.RecordKeeping,
    ]);

    /// <summary>"OFFICE — GOVERNMENT", whichever is known; the file name when the header was not read.</summary>
    public static string AgencyLabel(SopRecord r, string file)
    {
        var parts = new[] { r.Agency.Office, r.Agency.Government }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count > 0 ? string.Join(" — ", parts) : $"({file})";
    }

    /// <summary>A key that groups records of one agency: the office and government, or the file.</summary>
    public static string AgencyKey(SopRecord r, string file) => AgencyLabel(r, file).ToUpperInvariant();

    public static int? Year(SopRecord r) => (r.Dates.Created ?? r.Dates.Effective ?? r.Dates.Revised)?.Year;

    public static IEnumerable<string> FacetActors(SopRecord r) =>
        r.Actors.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);

    private static string Join(IEnumerable<string> parts) =>
        string.Join(" ; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
