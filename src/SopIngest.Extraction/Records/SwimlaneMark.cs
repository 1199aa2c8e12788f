using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Records;

/// <summary>
/// What a reader kept of the flowchart in an actor column: an export's glyph or word, or a drawn symbol
/// (<see cref="Decision"/> for a diamond, <see cref="Terminator"/> for a start or end whose row decides which).
/// </summary>
internal enum SwimlaneMark { None, Shape, Start, End, DecisionYes, DecisionNo, Text, Decision, Terminator }

internal static class SwimlaneMarks
{
    private static readonly HashSet<string> ShapeGlyphs =
        ["□", "■", "☐", "▢", "◻", "⬜", "○", "◯", "◇", "◊", "♦", "✓", "√", "v", "x", "o", "•", "●", "▭"];

    /// <summary>The mark of a drawn symbol; connectors join the flow across pages and mark no step.</summary>
    public static SwimlaneMark Of(CellShapeKind kind) => kind switch
    {
        CellShapeKind.Process => SwimlaneMark.Shape,
        CellShapeKind.Decision => SwimlaneMark.Decision,
        CellShapeKind.Terminator => SwimlaneMark.Terminator,
        _ => SwimlaneMark.None,
    };

    public static SwimlaneMark Classify(string cell)
    {
        var text = cell.Trim().Trim('*', '.', ' ').ToLowerInvariant();
        if (text.Length == 0) return SwimlaneMark.None;
        if (ShapeGlyphs.Contains(text)) return SwimlaneMark.Shape;
        return text switch
        {
            "mulai" or "start" or "awal" => SwimlaneMark.Start,
            "selesai" or "end" or "stop" or "akhir" => SwimlaneMark.End,
            "ya" or "y" or "setuju" => SwimlaneMark.DecisionYes,
            "tidak" or "t" or "tdk" or "ya/tidak" or "tidak setuju" => SwimlaneMark.DecisionNo,
            _ => SwimlaneMark.Text,
        };
    }
}
