using SopIngest.Core.Records;
using SopIngest.Extraction.Reading;

namespace SopIngest.Extraction.Pipeline;

/// <summary>An input with the reader the pipeline chose for it, or the failure that ended it first.</summary>
public sealed record OpenedInput(InputFile Input, IDocumentReader? Reader, ExtractResult? Failure)
{
    internal static OpenedInput Failed(ExtractResult failure, InputFile? input = null) =>
        new(input ?? new InputFile("", failure.File, failure.Sha256, 0, []), null, failure);
}
