using SopIngest.Core.Records;

namespace SopIngest.Search.Records;

/// <summary>A record as the search index holds it: its stable id, the file it came from, the record.</summary>
public sealed record IndexedRecord(string Id, string File, SopRecord Record);

/// <summary>Stable record ids: <c>&lt;sha256 of the source file&gt;:&lt;index in its records&gt;</c>.</summary>
public static class RecordIds
{
    public static string For(string sha256, int index) => $"{sha256}:{index}";

    /// <summary>Every record of an extract result, with its id.</summary>
    public static IReadOnlyList<IndexedRecord> From(ExtractResult result) =>
        result.Records.Select((r, i) =>
        {
            var id = For(result.Sha256, i);
            return new IndexedRecord(id, result.File, r with { Id = id });
        }).ToList();
}
