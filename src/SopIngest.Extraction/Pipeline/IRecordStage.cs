using SopIngest.Core.Records;

namespace SopIngest.Extraction.Pipeline;

/// <summary>A stage after record building (text correction, checks): one record in, one record out.</summary>
public interface IRecordStage
{
    string Name { get; }

    SopRecord Apply(SopRecord record);
}
