using OpenCvSharp;
using SopIngest.Core.Parsing;

namespace SopIngest.Ocr.Tesseract;

/// <summary>
/// The "NIP. 19600131 198603 2 009" line under an approver's name. A stamp's ring or a blurred low-resolution scan
/// turns a digit of it into a letter or drops it ("270TO08X009"), and the NIP is then short of its 18 digits. That
/// line holds nothing but digits after its label, so it is read again with Tesseract held to digits, and the new
/// reading replaces the old when it gives the full number.
/// </summary>
internal static class NipLine
{
    public const string Characters = "0123456789 ";

    /// <summary>The words after an NIP label on its line when they give fewer digits than an NIP has; otherwise null.</summary>
    public static IReadOnlyList<RecognizedWord>? Short(IReadOnlyList<RecognizedWord> words)
    {
        var label = words.FirstOrDefault(w => IsLabel(w.Text));
        if (label is null) return null;
        var number = words.Where(w => w.Line == label.Line && w.Box.Left > label.Box.Left).ToList();
        if (number.Count == 0) return null;
        var digits = Nip.Digits("NIP " + string.Join(" ", number.Select(w => w.Text)));
        return digits.Length < Nip.Length ? number : null;
    }

    /// <summary>The line's stretch after the label, to the crop's right edge, with a little room above and below.</summary>
    public static Rect Area(IReadOnlyList<RecognizedWord> number, Rect crop, int dpi)
    {
        var pad = Math.Max(2, dpi / 75);
        int left = number.Min(w => w.Box.Left) - pad, top = number.Min(w => w.Box.Top) - pad, bottom = number.Max(w => w.Box.Bottom) + pad;
        return Rect.FromLTRB(Math.Max(crop.Left, left), Math.Max(crop.Top, top), crop.Right, Math.Min(crop.Bottom, bottom));
    }

    /// <summary>The cell's words with the number's words swapped for <paramref name="digits"/> when those give the full NIP.</summary>
    public static IReadOnlyList<RecognizedWord> Replace(IReadOnlyList<RecognizedWord> words, IReadOnlyList<RecognizedWord> number, IReadOnlyList<RecognizedWord> digits)
    {
        if (Nip.Digits(string.Join(" ", digits.Select(w => w.Text))).Length != Nip.Length) return words;
        var line = number[0].Line;
        var paragraph = number[0].Paragraph;
        var first = words.ToList().FindIndex(w => ReferenceEquals(w, number[0]));
        var kept = words.Where(w => !number.Contains(w)).ToList();
        kept.InsertRange(first, digits.Select(d => d with { Line = line, Paragraph = paragraph }));
        return kept;
    }

    // "NIP", "NIP.", "NIP:", "NIP.:" as one word.
    private static bool IsLabel(string text) => text.StartsWith("NIP", StringComparison.OrdinalIgnoreCase) && text.Length <= 5;
}
