using System.Text.Json.Serialization;

namespace SopIngest.Core.Records;

/// <summary>A flow arrow from one step to another; decisions label theirs "Ya" / "Tidak".</summary>
public sealed record Edge(int To, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Label = null);
