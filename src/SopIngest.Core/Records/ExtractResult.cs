using System.Text.Json.Serialization;

namespace SopIngest.Core.Records;

/// <summary>What was read from one input file: the <c>sop-extract/1</c> object.</summary>
public sealed record ExtractResult(
    string File,
    string Sha256,
    int PageCount,
    IReadOnlyList<SopRecord> Records,
    IReadOnlyList<OtherPage> OtherPages,
    string? Error)
{
    public const string SchemaName = "sop-extract/1";

    [JsonPropertyOrder(-1)]
    public string Schema => SchemaName;

    public static ExtractResult Failed(string file, string sha256, string error, int pageCount = 0) =>
        new(file, sha256, pageCount, [], [], error);
}
