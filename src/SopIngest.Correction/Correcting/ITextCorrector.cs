using SopIngest.Core.Records;

namespace SopIngest.Correction;

/// <summary>The OCR-text correction stage: text in, corrected text and the list of changes out.</summary>
public interface ITextCorrector
{
    /// <summary>Corrects one line; the result is one line too (no line breaks added or removed).</summary>
    string CorrectLine(string line);

    /// <summary>Corrects text line by line; <paramref name="ocrConfidence"/> (0..1) is the OCR's word confidence for this text.</summary>
    CorrectedText Correct(string text, double ocrConfidence = 1);

    /// <summary>Corrects an SOP's free-text fields and records every change in <see cref="SopRecord.Corrections"/>.</summary>
    SopRecord CorrectRecord(SopRecord record);
}
