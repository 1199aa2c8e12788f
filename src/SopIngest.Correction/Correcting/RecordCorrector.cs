using SopIngest.Core.Records;
using CorrectionRecord = SopIngest.Core.Records.Correction;

namespace SopIngest.Correction.Correcting;

/// <summary>
/// Applies the corrector to the free-text fields of an SOP record: title, units, legal basis and the other lists,
/// actor names of the swimlane, and each step's activity, requirements, output and notes. The SOP number, dates, the
/// approver's name and NIP, and durations are left as read. Each change becomes a <see cref="Correction"/> whose field
/// is a path such as <c>steps[3].activity</c> (0-based indexes, camelCase names as in sop-extract/1 JSON).
/// </summary>
internal static class RecordCorrector
{
    public static SopRecord Correct(SopRecord record, ITextCorrector corrector)
    {
        var corrections = new List<CorrectionRecord>(record.Corrections ?? []);

        string Text(string field, string value)
        {
            if (string.IsNullOrEmpty(value)) return value;
            var result = corrector.Correct(value, record.Confidence ?? 1);
            foreach (var c in result.Changes) corrections.Add(new CorrectionRecord(field, c.From, c.To, c.Confidence));
            return result.Text;
        }

        IReadOnlyList<string> List(string field, IReadOnlyList<string> items) =>
            items.Select((item, i) => Text($"{field}[{i}]", item)).ToList();

        var steps = record.Steps.Select((s, i) => s with
        {
            Activity = Text($"steps[{i}].activity", s.Activity),
            Requirements = Text($"steps[{i}].requirements", s.Requirements),
            Output = Text($"steps[{i}].output", s.Output),
            Notes = Text($"steps[{i}].notes", s.Notes),
        }).ToList();

        // A step's actors are lane names: they follow the corrected lanes rather than being corrected apart.
        var actors = List("actors", record.Actors);
        var lanes = record.Actors.Zip(actors).GroupBy(p => p.First).ToDictionary(g => g.Key, g => g.First().Second);
        steps = steps.Select(s => s with { Actors = s.Actors.Select(a => lanes.GetValueOrDefault(a, a)).ToList() }).ToList();

        var corrected = record with
        {
            Title = Text("title", record.Title),
            Agency = record.Agency with
            {
                Government = Text("agency.government", record.Agency.Government),
                Office = Text("agency.office", record.Agency.Office),
                Units = List("agency.units", record.Agency.Units),
            },
            Approval = record.Approval with { Position = Text("approval.position", record.Approval.Position) },
            LegalBasis = List("legalBasis", record.LegalBasis),
            Qualifications = List("qualifications", record.Qualifications),
            RelatedSops = List("relatedSops", record.RelatedSops),
            Equipment = List("equipment", record.Equipment),
            Warnings = List("warnings", record.Warnings),
            RecordKeeping = List("recordKeeping", record.RecordKeeping),
            Actors = actors,
            Steps = steps,
        };
        return corrected with { Corrections = corrections.Count == 0 ? record.Corrections : corrections };
    }
}
