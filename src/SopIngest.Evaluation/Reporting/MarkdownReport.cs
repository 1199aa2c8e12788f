using System.Globalization;
using System.Text;
using SopIngest.Evaluation.Metrics;
using SopIngest.Evaluation.Running;

namespace SopIngest.Evaluation.Reporting;

/// <summary>report.md: run info, the metrics overall and per degradation class, then one line per file.</summary>
public static class MarkdownReport
{
    public static string Write(EvalReport report)
    {
        var sb = new StringBuilder();
        var info = report.Info;
        sb.AppendLine("# Extraction evaluation on the synthetic scan set").AppendLine();
        sb.AppendLine($"- date: {info.When:yyyy-MM-dd HH:mm} UTC");
        sb.AppendLine($"- commit: `{info.Commit}`");
        sb.AppendLine($"- machine: {info.Machine}");
        sb.AppendLine($"- pipeline: {info.Pipeline}");
        var overall = report.Overall;
        sb.AppendLine($"- files: {overall.Files} ({overall.FailedFiles} with an extraction error), pages: {overall.Pages}, truth records: {overall.TruthRecords}, extraction time: {overall.Seconds:0.0} s");
        sb.AppendLine();
        sb.AppendLine("Field metrics run over all truth records: a record the extraction did not find scores zero. ");
        sb.AppendLine("charAccuracy is 1 − CER over all text fields; `–` means nothing to score in that group.").AppendLine();

        var columns = new List<(string Name, ScoreCard Score)> { ("overall", overall) };
        columns.AddRange(report.ByClass());
        sb.Append("| metric |").AppendJoin("", columns.Select(c => $" {c.Name} |")).AppendLine();
        sb.Append("|---|").AppendJoin("", columns.Select(_ => "---:|")).AppendLine();
        sb.Append("| files |").AppendJoin("", columns.Select(c => $" {c.Score.Files} |")).AppendLine();
        var names = overall.Metrics().Select(m => m.Name).ToList();
        for (var i = 0; i < names.Count; i++)
            sb.Append($"| {names[i]} |").AppendJoin("", columns.Select(c => $" {Format(c.Score.Metrics()[i].Value)} |")).AppendLine();
        foreach (var field in overall.FieldCharacters.Keys)
            sb.Append($"| charAccuracy: {field} |").AppendJoin("", columns.Select(c => $" {Format(c.Score.FieldCharacters.GetValueOrDefault(field).Value)} |")).AppendLine();
        AllTextSection.Append(sb, columns);

        sb.AppendLine().AppendLine("## Files").AppendLine();
        sb.AppendLine("| file | classes | records found/truth | charAccuracy | nextEdgeF1 | seconds | error |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var f in report.Files)
        {
            var classes = string.Join(", ", f.Classes.Select(c => $"{c.Key} {c.Value}"));
            sb.AppendLine($"| {f.File} | {classes} | {f.Score.MatchedRecords}/{f.Score.TruthRecords} | {Format(f.Score.Characters.Value)} | {Format(f.Score.EdgeF1)} | {f.Score.Seconds:0.0} | {Escape(f.Error)} |");
        }
        return sb.ToString();
    }

    public static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";

    private static string Escape(string? text) => text is null ? "" : text.Replace("|", "\\|");
}
