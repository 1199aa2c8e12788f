using System.Text.Json.Serialization;

namespace SopIngest.Core.Records;

/// <summary>One SOP as read from a file: identity block plus procedure table.</summary>
public sealed record SopRecord(
    PageRange Pages,
    Agency Agency,
    string Number,
    string Title,
    SopDates Dates,
    Approval Approval,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<string> Qualifications,
    IReadOnlyList<string> RelatedSops,
    IReadOnlyList<string> Equipment,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> RecordKeeping,
    IReadOnlyList<string> Actors,
    IReadOnlyList<Step> Steps)
{
    /// <summary>Store id; only records served from the store carry one.</summary>
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Confidence { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Correction>? Corrections { get; init; }
}
