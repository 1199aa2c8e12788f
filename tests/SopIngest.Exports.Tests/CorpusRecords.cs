using SopIngest.Core.Json;
using SopIngest.Core.Records;

namespace SopIngest.Exports.Tests;

/// <summary>Real records from the project's corpus.</summary>
internal static class CorpusRecords
{
    public static SopRecord Load(string file, int index) =>
        SopJson.ReadExtract(Path.Combine(Repo.Root, "corpus", "records", file + ".json")).Records[index];

    /// <summary>The first record of the NTT annex that has a decision (a Tidak row).</summary>
    public static SopRecord WithDecision() =>
        SopJson.ReadExtract(Path.Combine(Repo.Root, "corpus", "records", "004_8c349c8b61ce075b.json"))
            .Records.First(r => r.Steps.Any(s => s.Shape == StepShape.Decision));
}
