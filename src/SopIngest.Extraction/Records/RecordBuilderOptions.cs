namespace SopIngest.Extraction.Records;

/// <summary>Options of <see cref="RecordBuilder"/>.</summary>
public sealed record RecordBuilderOptions
{
    /// <summary>Longest text still taken for an identity key or section heading.</summary>
    public int MaxHeadingLength { get; init; } = 50;

    /// <summary>Text left over on a page that also holds an SOP is reported in otherPages from this length.</summary>
    public int MinUnclaimedTextPerPage { get; init; } = 300;
}
