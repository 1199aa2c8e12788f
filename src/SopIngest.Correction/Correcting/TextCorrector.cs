using SopIngest.Core.Records;
using SopIngest.Correction.Correcting;

namespace SopIngest.Correction;

/// <summary>
/// The trained OCR corrector. Load it once from a model directory (<c>models/corrector</c>) and share it: every method
/// is thread-safe. Numbers, NIPs, dates, codes, markup and names after titles are never changed.
/// </summary>
public sealed class TextCorrector : ITextCorrector, IDisposable
{
    public const string DefaultModelDirectory = "models/corrector";

    private readonly CorrectionModel _model;
    private readonly LineCorrector _lines;
    private readonly TextCorrectorOptions _options;

    private TextCorrector(CorrectionModel model, TextCorrectorOptions options)
    {
        _model = model;
        _lines = new LineCorrector(model);
        _options = options;
    }

    /// <summary>Loads the model files of <paramref name="modelDirectory"/>; options default to the threshold the model was trained with.</summary>
    public static TextCorrector Load(string modelDirectory, TextCorrectorOptions? options = null)
    {
        var model = CorrectionModel.Load(modelDirectory);
        return new TextCorrector(model, options ?? new TextCorrectorOptions { Threshold = model.Threshold });
    }

    public TextCorrectorOptions Options => _options;

    internal CorrectionModel Model => _model;

    public string CorrectLine(string line)
    {
        // A "line" with breaks in it is corrected per line, so the caller always gets as many lines back.
        if (line.IndexOf('\n') >= 0) return Correct(line).Text;
        return _lines.Correct(line, _model.Statistics, 1.0, _options).Text;
    }

    public CorrectedText Correct(string text, double ocrConfidence = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var changes = new List<TextChange>();
        var output = new System.Text.StringBuilder(text.Length + 16);
        var offset = 0;
        while (offset <= text.Length)
        {
            var nl = text.IndexOf('\n', offset);
            var end = nl < 0 ? text.Length : nl;
            var lineEnd = end > offset && text[end - 1] == '\r' ? end - 1 : end;
            var line = text[offset..lineEnd];
            var result = _lines.Correct(line, _model.Statistics, Math.Clamp(ocrConfidence, 0, 1), _options);
            foreach (var c in result.Changes) changes.Add(c with { Start = c.Start + offset });
            output.Append(result.Text).Append(text, lineEnd, end - lineEnd);
            if (nl < 0) break;
            output.Append('\n');
            offset = nl + 1;
        }
        return new CorrectedText(output.ToString(), changes);
    }

    public SopRecord CorrectRecord(SopRecord record) => RecordCorrector.Correct(record, this);

    public void Dispose() => _model.Dispose();
}
