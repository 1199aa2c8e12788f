using SopIngest.Core.Records;

namespace SopIngest.Extraction.Pipeline;

/// <summary>
/// A record stage made from a function, so a backend (the corrector, a checker) joins the pipeline
/// in the composition root without the extraction assembly depending on it.
/// </summary>
public sealed class RecordStage(string name, Func<SopRecord, SopRecord> apply) : IRecordStage
{
    public string Name => name;

    public SopRecord Apply(SopRecord record) => apply(record);
}
