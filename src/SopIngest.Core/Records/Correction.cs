using System.Text.Json.Serialization;

namespace SopIngest.Core.Records;

/// <summary>One change the corrector applied, kept so reviewers can see and undo it.</summary>
public sealed record Correction(
    string Field,
    string From,
    string To,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Confidence = null);
