using System.Globalization;
using SopIngest.Core.Parsing;
using SopIngest.Core.Records;
using SopIngest.Storage.Review;

namespace SopIngest.Web.Review;

/// <summary>
/// The review page's form: a record's fields as reviewers type them (lists one item per line, actors
/// and units separated by <c>;</c>, edges as <c>4 Ya, 2 Tidak</c>), and back to a record.
/// </summary>
public sealed class RecordForm
{
    public int Revision { get; set; }
    public string Government { get; set; } = "";
    public string Office { get; set; } = "";
    public string Units { get; set; } = "";
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public string Created { get; set; } = "";
    public string Revised { get; set; } = "";
    public string Effective { get; set; } = "";
    public string ApprovalPosition { get; set; } = "";
    public string ApprovalName { get; set; } = "";
    public string ApprovalNip { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public string Qualifications { get; set; } = "";
    public string RelatedSops { get; set; } = "";
    public string Equipment { get; set; } = "";
    public string Warnings { get; set; } = "";
    public string RecordKeeping { get; set; } = "";
    public string Actors { get; set; } = "";
    public List<StepForm> Steps { get; set; } = [];

    public static RecordForm From(SopRecord r, int revision) => new()
    {
        Revision = revision,
        Government = r.Agency.Government,
        Office = r.Agency.Office,
        Units = string.Join("; ", r.Agency.Units),
        Number = r.Number,
        Title = r.Title,
        Created = Date(r.Dates.Created),
        Revised = Date(r.Dates.Revised),
        Effective = Date(r.Dates.Effective),
        ApprovalPosition = r.Approval.Position,
        ApprovalName = r.Approval.Name,
        ApprovalNip = r.Approval.Nip,
        LegalBasis = Lines(r.LegalBasis),
        Qualifications = Lines(r.Qualifications),
        RelatedSops = Lines(r.RelatedSops),
        Equipment = Lines(r.Equipment),
        Warnings = Lines(r.Warnings),
        RecordKeeping = Lines(r.RecordKeeping),
        Actors = Lines(r.Actors),
        Steps = r.Steps.Select(StepForm.From).ToList(),
    };

    /// <summary>The edited record; what the form does not show (pages, confidences, corrections) comes from <paramref name="original"/>.</summary>
    public SopRecord ToRecord(SopRecord original, List<string> errors)
    {
        var steps = Steps.Select((s, i) => s.ToStep(i < original.Steps.Count ? original.Steps[i] : null, errors)).ToList();
        return original with
        {
            Agency = new Agency(Clean(Government), Clean(Office), Split(Units, ';')),
            Number = Clean(Number),
            Title = Clean(Title),
            Dates = new SopDates(ParseDate(Created, "created", errors), ParseDate(Revised, "revised", errors), ParseDate(Effective, "effective", errors)),
            Approval = new Approval(Clean(ApprovalPosition), Clean(ApprovalName), new string((ApprovalNip ?? "").Where(char.IsAsciiDigit).ToArray())),
            LegalBasis = Split(LegalBasis, '\n'),
            Qualifications = Split(Qualifications, '\n'),
            RelatedSops = Split(RelatedSops, '\n'),
            Equipment = Split(Equipment, '\n'),
            Warnings = Split(Warnings, '\n'),
            RecordKeeping = Split(RecordKeeping, '\n'),
            Actors = Split(Actors, '\n'),
            Steps = steps,
        };
    }

    internal static string Clean(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static IReadOnlyList<string> Split(string? text, char separator) =>
        (text ?? "").Split(separator).Select(Clean).Where(s => s.Length > 0).ToList();

    private static string Lines(IEnumerable<string> items) => string.Join("\n", items);

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static DateOnly? ParseDate(string? text, string field, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        errors.Add($"dates.{field}: '{text}' is not a date (YYYY-MM-DD)");
        return null;
    }
}

public sealed class StepForm
{
    public int No { get; set; }
    public string Activity { get; set; } = "";
    public string Actors { get; set; } = "";
    public string Shape { get; set; } = "process";
    public string Requirements { get; set; } = "";
    public string Duration { get; set; } = "";
    public string Output { get; set; } = "";
    public string Notes { get; set; } = "";
    public string Next { get; set; } = "";

    public static StepForm From(Step s) => new()
    {
        No = s.No,
        Activity = s.Activity,
        Actors = string.Join("; ", s.Actors),
        Shape = s.Shape.ToString().ToLowerInvariant(),
        Requirements = s.Requirements,
        Duration = s.Duration.Text,
        Output = s.Output,
        Notes = s.Notes,
        Next = RecordDiff.Edges(s.Next),
    };

    public Step ToStep(Step? original, List<string> errors)
    {
        if (!Enum.TryParse<StepShape>(Shape, ignoreCase: true, out var shape))
        {
            errors.Add($"step {No}: unknown shape '{Shape}'");
            shape = original?.Shape ?? StepShape.Process;
        }
        var durationText = RecordForm.Clean(Duration);
        var duration = original is not null && original.Duration.Text == durationText ? original.Duration : DurationParser.Parse(durationText);
        var step = new Step(No, RecordForm.Clean(Activity), RecordForm.Split(Actors, ';'), shape, RecordForm.Clean(Requirements),
            duration, RecordForm.Clean(Output), RecordForm.Clean(Notes), ParseEdges(Next, errors));
        return original is null ? step : step with { Confidence = original.Confidence };
    }

    /// <summary><c>4 Ya, 2 Tidak</c> → edges; a bare number is an unlabelled edge.</summary>
    private IReadOnlyList<Edge> ParseEdges(string? text, List<string> errors)
    {
        var edges = new List<Edge>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var to))
            {
                errors.Add($"step {No}: next '{part}' should be a step number, optionally followed by a label");
                continue;
            }
            edges.Add(new Edge(to, words.Length > 1 ? words[1] : null));
        }
        return edges;
    }
}
