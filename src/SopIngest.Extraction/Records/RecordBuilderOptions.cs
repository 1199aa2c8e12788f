namespace SopIngest.Extraction.Records;

/// <summary>Options of <see cref="RecordBuilder"/>.</summary>
public sealed record RecordBuilderOptions
{
    /// <summary>Longest text still taken for an identity key or section heading.</summary>
    public int MaxHeadingLength { get; init; } = 50;
}
