using SopIngest.Core.Records;

namespace SopIngest.Storage.Review;

/// <summary>One field that differs between two versions of a record, by its contract path (<c>steps[3].activity</c>).</summary>
public sealed record FieldChange(string Field, string From, string To);

/// <summary>The field-by-field difference of two records, as reviewers read it in the history.</summary>
public static class RecordDiff
{
    public static IReadOnlyList<FieldChange> Between(SopRecord before, SopRecord after)
    {
        var changes = new List<FieldChange>();
        void Text(string field, string? a, string? b)
        {
            if (!string.Equals(a ?? "", b ?? "", StringComparison.Ordinal))
                changes.Add(new FieldChange(field, a ?? "", b ?? ""));
        }
        void List(string field, IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
                Text($"{field}[{i}]", i < a.Count ? a[i] : null, i < b.Count ? b[i] : null);
        }
        Text("agency.government", before.Agency.Government, after.Agency.Government);
        Text("agency.office", before.Agency.Office, after.Agency.Office);
        Text("agency.units", string.Join("; ", before.Agency.Units), string.Join("; ", after.Agency.Units));
        Text("number", before.Number, after.Number);
        Text("title", before.Title, after.Title);
        Text("dates.created", before.Dates.Created?.ToString("yyyy-MM-dd"), after.Dates.Created?.ToString("yyyy-MM-dd"));
        Text("dates.revised", before.Dates.Revised?.ToString("yyyy-MM-dd"), after.Dates.Revised?.ToString("yyyy-MM-dd"));
        Text("dates.effective", before.Dates.Effective?.ToString("yyyy-MM-dd"), after.Dates.Effective?.ToString("yyyy-MM-dd"));
        Text("approval.position", before.Approval.Position, after.Approval.Position);
        Text("approval.name", before.Approval.Name, after.Approval.Name);
        Text("approval.nip", before.Approval.Nip, after.Approval.Nip);
        List("legalBasis", before.LegalBasis, after.LegalBasis);
        List("qualifications", before.Qualifications, after.Qualifications);
        List("relatedSops", before.RelatedSops, after.RelatedSops);
        List("equipment", before.Equipment, after.Equipment);
        List("warnings", before.Warnings, after.Warnings);
        List("recordKeeping", before.RecordKeeping, after.RecordKeeping);
        List("actors", before.Actors, after.Actors);
        for (var i = 0; i < Math.Max(before.Steps.Count, after.Steps.Count); i++)
        {
            var a = i < before.Steps.Count ? before.Steps[i] : null;
            var b = i < after.Steps.Count ? after.Steps[i] : null;
            var p = $"steps[{i}]";
            if (a is null || b is null)
            {
                Text(p, a is null ? null : $"{a.No}. {a.Activity}", b is null ? null : $"{b.No}. {b.Activity}");
                continue;
            }
            Text($"{p}.no", a.No.ToString(), b.No.ToString());
            Text($"{p}.activity", a.Activity, b.Activity);
            Text($"{p}.actors", string.Join("; ", a.Actors), string.Join("; ", b.Actors));
            Text($"{p}.shape", a.Shape.ToString().ToLowerInvariant(), b.Shape.ToString().ToLowerInvariant());
            Text($"{p}.requirements", a.Requirements, b.Requirements);
            Text($"{p}.duration", a.Duration.Text, b.Duration.Text);
            Text($"{p}.output", a.Output, b.Output);
            Text($"{p}.notes", a.Notes, b.Notes);
            Text($"{p}.next", Edges(a.Next), Edges(b.Next));
        }
        return changes;
    }

    /// <summary>Edges as reviewers type them: <c>4 Ya, 2 Tidak</c>.</summary>
    public static string Edges(IReadOnlyList<Edge> next) =>
        string.Join(", ", next.Select(e => e.Label is { Length: > 0 } l ? $"{e.To} {l}" : e.To.ToString()));

    /// <summary>True for the free-text fields whose edits teach the corrector (not numbers, shapes, edges, dates).</summary>
    public static bool IsText(string field) =>
        !(field.EndsWith(".no") || field.EndsWith(".shape") || field.EndsWith(".next") || field.StartsWith("dates.")
          || field.EndsWith(".nip") || field.EndsWith(".duration"));
}
