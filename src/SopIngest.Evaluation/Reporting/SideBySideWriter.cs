using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SopIngest.Core.Json;
using SopIngest.Evaluation.Metrics;
using SopIngest.Evaluation.Running;

namespace SopIngest.Evaluation.Reporting;

/// <summary>
/// correction.md and correction.json: every metric and every field's character accuracy with correction off and on,
/// overall and per degradation class, with the delta; then each record field the corrector made better or worse and
/// the changes it made there. The two runs' own reports are written as usual (OUT/ and OUT/correction-off/).
/// </summary>
public static class SideBySideWriter
{
    public static void Write(SideBySideReport report, string outDir)
    {
        ReportWriter.Write(report.On, outDir);
        ReportWriter.Write(report.Off, Path.Combine(outDir, CorrectionSideBySide.OffFolder));
        File.WriteAllText(Path.Combine(outDir, "correction.md"), Markdown(report));
        File.WriteAllText(Path.Combine(outDir, "correction.json"), Json(report) + "\n");
    }

    /// <summary>(row name, off, on) for the overall metrics and every field, in report order.</summary>
    public static IReadOnlyList<(string Name, double? Off, double? On)> Rows(ScoreCard off, ScoreCard on)
    {
        var rows = new List<(string, double?, double?)>();
        var onMetrics = on.Metrics();
        rows.AddRange(off.Metrics().Select((m, i) => (m.Name, m.Value, onMetrics[i].Value)));
        foreach (var field in off.FieldCharacters.Keys.Union(on.FieldCharacters.Keys).Order(StringComparer.Ordinal))
            rows.Add(($"charAccuracy: {field}", off.FieldCharacters.GetValueOrDefault(field).Value, on.FieldCharacters.GetValueOrDefault(field).Value));
        return rows;
    }

    public static string Markdown(SideBySideReport report)
    {
        var sb = new StringBuilder();
        var info = report.On.Info;
        sb.AppendLine("# Text correction off and on, side by side").AppendLine();
        sb.AppendLine($"- date: {info.When:yyyy-MM-dd HH:mm} UTC; commit: `{info.Commit}`; machine: {info.Machine}");
        sb.AppendLine($"- one extraction per file, scored as read (off) and after the corrector (on); {report.Changes} change(s) applied");
        sb.AppendLine($"- fields better: {report.Deltas.Count(d => d.Delta > 0)}, worse: {report.Deltas.Count(d => d.Delta < 0)}").AppendLine();
        sb.AppendLine("| metric | off | on | delta |").AppendLine("|---|---:|---:|---:|");
        foreach (var (name, off, on) in Rows(report.Off.Overall, report.On.Overall))
            sb.AppendLine($"| {name} | {Format(off)} | {Format(on)} | {Delta(off, on)} |");

        sb.AppendLine().AppendLine("## charAccuracy by degradation class").AppendLine();
        sb.AppendLine("| class | off | on | delta |").AppendLine("|---|---:|---:|---:|");
        var onClasses = report.On.ByClass().ToDictionary(c => c.Class, c => c.Score);
        foreach (var (name, score) in report.Off.ByClass())
        {
            var on = onClasses.GetValueOrDefault(name)?.Characters.Value;
            sb.AppendLine($"| {name} | {Format(score.Characters.Value)} | {Format(on)} | {Delta(score.Characters.Value, on)} |");
        }

        sb.AppendLine().AppendLine("## Record fields the corrector changed the score of").AppendLine();
        sb.AppendLine("| file | record | field | characters right off → on (of) | changes |").AppendLine("|---|---|---|---:|---|");
        foreach (var d in report.Deltas)
            sb.AppendLine($"| {d.File} | {Escape(d.Record)} | {d.Field} | {d.HitsOff:0} → {d.HitsOn:0} ({d.Total:0}) | {Escape(string.Join("; ", d.Changes))} |");
        return sb.ToString();
    }

    public static string Json(SideBySideReport report)
    {
        JsonObject Compare(ScoreCard off, ScoreCard on) => new(Rows(off, on).Select(r => KeyValuePair.Create(r.Name, (JsonNode?)new JsonObject
        {
            ["off"] = Round(r.Off),
            ["on"] = Round(r.On),
            ["delta"] = r.Off is { } a && r.On is { } b ? Math.Round(b - a, 4) : null,
        })));
        var onClasses = report.On.ByClass().ToDictionary(c => c.Class, c => c.Score);
        var root = new JsonObject
        {
            ["date"] = report.On.Info.When.ToString("O"),
            ["commit"] = report.On.Info.Commit,
            ["changes"] = report.Changes,
            ["overall"] = Compare(report.Off.Overall, report.On.Overall),
            ["byClass"] = new JsonObject(report.Off.ByClass().Select(c =>
                KeyValuePair.Create(c.Class, (JsonNode?)Compare(c.Score, onClasses.GetValueOrDefault(c.Class) ?? ScoreCard.Empty)))),
            ["fieldDeltas"] = new JsonArray(report.Deltas.Select(d => (JsonNode)new JsonObject
            {
                ["file"] = d.File,
                ["record"] = d.Record,
                ["field"] = d.Field,
                ["hitsOff"] = d.HitsOff,
                ["hitsOn"] = d.HitsOn,
                ["total"] = d.Total,
                ["changes"] = new JsonArray(d.Changes.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
            }).ToArray()),
        };
        return root.ToJsonString(SopJson.Options);
    }

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;

    private static string Format(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–";

    private static string Delta(double? off, double? on) =>
        off is { } a && on is { } b ? (b - a).ToString("+0.0000;−0.0000;0", CultureInfo.InvariantCulture) : "–";

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
