using System.Text.Json.Serialization;

namespace SopIngest.Core.Records;

/// <summary>One row of the procedure table.</summary>
public sealed record Step(
    int No,
    string Activity,
    IReadOnlyList<string> Actors,
    StepShape Shape,
    string Requirements,
    Duration Duration,
    string Output,
    string Notes,
    IReadOnlyList<Edge> Next)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Confidence { get; init; }
}
