using System.Text.Json;
using System.Text.Json.Nodes;
using SopIngest.Core.Json;
using SopIngest.Evaluation.Metrics;
using SopIngest.Evaluation.Running;

namespace SopIngest.Evaluation.Reporting;

/// <summary>report.json: the same numbers as report.md for tools (metrics by name, plus the counts behind them).</summary>
public static class JsonReport
{
    public static string Write(EvalReport report)
    {
        var root = new JsonObject
        {
            ["date"] = report.Info.When.ToString("O"),
            ["commit"] = report.Info.Commit,
            ["machine"] = report.Info.Machine,
            ["pipeline"] = report.Info.Pipeline,
            ["overall"] = Card(report.Overall),
            ["byClass"] = new JsonObject(report.ByClass().Select(c => KeyValuePair.Create(c.Class, (JsonNode?)Card(c.Score)))),
            ["files"] = new JsonArray(report.Files.Select(f => (JsonNode)new JsonObject
            {
                ["file"] = f.File,
                ["classes"] = new JsonObject(f.Classes.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value))),
                ["error"] = f.Error,
                ["score"] = Card(f.Score),
            }).ToArray()),
        };
        return root.ToJsonString(SopJson.Options);
    }

    private static JsonObject Card(ScoreCard card)
    {
        var metrics = new JsonObject(card.Metrics().Select(m => KeyValuePair.Create(m.Name, m.Value is { } v ? (JsonNode?)Math.Round(v, 4) : null)));
        return new JsonObject
        {
            ["metrics"] = metrics,
            ["fieldCharAccuracy"] = new JsonObject(card.FieldCharacters.Select(f =>
                KeyValuePair.Create(f.Key, f.Value.Value is { } v ? (JsonNode?)Math.Round(v, 4) : null))),
            ["counts"] = JsonSerializer.SerializeToNode(card, SopJson.Options),
        };
    }
}
