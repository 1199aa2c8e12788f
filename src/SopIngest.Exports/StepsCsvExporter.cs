using System.Globalization;
using System.Text;
using SopIngest.Core.Records;

namespace SopIngest.Exports;

/// <summary>A record's steps as CSV (RFC 4180), one row per step, for spreadsheets.</summary>
public static class StepsCsvExporter
{
    private static readonly string[] Header =
        ["no", "activity", "actors", "shape", "requirements", "waktu", "minMinutes", "maxMinutes", "output", "notes", "next"];

    public static string Export(SopRecord record)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(",", Header));
        foreach (var step in record.Steps)
            csv.AppendLine(string.Join(",", Fields(step).Select(Quote)));
        return csv.ToString();
    }

    private static IEnumerable<string> Fields(Step s) =>
    [
        s.No.ToString(CultureInfo.InvariantCulture), s.Activity, string.Join(" | ", s.Actors), s.Shape.ToString().ToLowerInvariant(),
        s.Requirements, s.Duration.Text, Number(s.Duration.MinMinutes), Number(s.Duration.MaxMinutes), s.Output, s.Notes,
        string.Join("; ", s.Next.Select(e => e.Label is null ? $"{e.To}" : $"{e.To}:{e.Label}")),
    ];

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
