namespace SopIngest.Extraction.Records;

/// <summary>What an export kept of the flowchart in an actor column.</summary>
internal enum SwimlaneMark { None, Shape, Start, End, DecisionYes, DecisionNo, Text }

internal static class SwimlaneMarks
{
    private static readonly HashSet<string> ShapeGlyphs =
        ["□", "■", "☐", "▢", "◻", "⬜", "○", "◯", "◇", "◊", "♦", "✓", "√", "v", "x", "o", "•", "●", "▭"];

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
