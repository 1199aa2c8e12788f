namespace SopIngest.Evaluation.Scoring;

/// <summary>How texts are compared: runs of white space folded to one space, ends trimmed.</summary>
internal static class Text
{
    public static string Fold(string? text) =>
        string.IsNullOrEmpty(text) ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
