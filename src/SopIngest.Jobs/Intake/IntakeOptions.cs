namespace SopIngest.Jobs.Intake;

/// <summary>Limits for what intake accepts (configuration section <c>Intake</c>).</summary>
public sealed record IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>Largest single file (a scan, or a ZIP as uploaded).</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>A ZIP with more entries than this is refused whole (ZIP bomb).</summary>
    public int MaxZipEntries { get; init; } = 2000;

    /// <summary>A ZIP is unpacked up to this many bytes in total; entries past it are refused (ZIP bomb).</summary>
    public long MaxExpandedBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>A folder watched for new files, each sweep a batch (empty: no inbox).</summary>
    public string? Inbox { get; init; }
}
