using SopIngest.Core.Layout;
using SopIngest.Core.Parsing;
using SopIngest.Core.Records;

namespace SopIngest.Extraction.Records;

/// <summary>One data row of a procedure table, read into fields before the flow is linked.</summary>
internal sealed record StepRow(
    int? No,
    string Activity,
    IReadOnlyList<(string Actor, SwimlaneMark Mark)> Marks,
    string Requirements,
    Duration Duration,
    string Output,
    string Notes,
    IReadOnlyList<Edge>? DrawnNext = null,
    double Confidence = 1)
{
    public bool IsDecision => Marks.Any(m => m.Mark is SwimlaneMark.DecisionNo or SwimlaneMark.DecisionYes or SwimlaneMark.Decision);

    /// <summary>
    /// Reads a row. A decision label (Ya/Tidak) in an actor column pushes the Mutu Baku cells to the
    /// right; the Waktu cell is found by its content and the cells around it are read from there.
    /// Where the reader saw the flowchart's symbols, they alone mark the actors (labels beside arrows are not marks);
    /// where it traced the arrows, <see cref="DrawnNext"/> holds the steps this row's arrows point at, with the labels read beside them.
    /// </summary>
    public static StepRow Read(IReadOnlyList<TableCell> row, ProcedureLayout layout, Table? table = null)
    {
        var cells = Enumerable.Range(0, row.Count == 0 ? 0 : row.Max(c => c.Column) + 1)
            .Select(i => row.FirstOrDefault(c => c.Column == i)?.Paragraphs ?? [])
            .ToList();
        string Text(int i) => i >= 0 && i < cells.Count ? ListItems.CellText(cells[i]) : "";

        var waktu = WaktuColumn(cells.Count, layout, Text);
        var marks = new List<(string, SwimlaneMark)>();
        var shapeMarks = new List<(string, SwimlaneMark)>();
        for (var a = 0; a < layout.Actors.Count && layout.FirstActorColumn + a < waktu - 1; a++)
        {
            var mark = SwimlaneMarks.Classify(Text(layout.FirstActorColumn + a));
            if (mark is not SwimlaneMark.None and not SwimlaneMark.Text)
                marks.Add((layout.Actors[a], mark));
            var shapes = row.FirstOrDefault(c => c.Column == layout.FirstActorColumn + a)?.Shapes ?? [];
            shapeMarks.AddRange(shapes.Select(s => SwimlaneMarks.Of(s.Kind))
                .Where(m => m != SwimlaneMark.None)
                .Distinct()
                .Select(m => (layout.Actors[a], m)));
        }
        if (shapeMarks.Count > 0) marks = shapeMarks;
        var notes = string.Join("; ", Enumerable.Range(waktu + 2, Math.Max(0, cells.Count - waktu - 2)).Select(Text).Where(t => t.Length > 0));
        return new StepRow(
            LeadingNumber(Text(0)),
            Text(1),
            marks,
            Text(waktu - 1),
            DurationParser.Parse(Text(waktu)),
            Text(waktu + 1),
            notes,
            DrawnTargets(row, table),
            ReadingConfidence(row, table, shapeMarks.Count > 0));
    }

    /// <summary>
    /// How sure the reading of the row is: the least confident cell the reader read (OCR word confidences, grid
    /// doubts), halved when the table's lanes hold symbols but this row's do not (its actor is a guess).
    /// </summary>
    private static double ReadingConfidence(IReadOnlyList<TableCell> row, Table? table, bool hasSymbol)
    {
        var read = row.Where(c => !c.IsEmpty).Select(c => c.Confidence).DefaultIfEmpty(1).Min();
        var lanesDrawn = table?.Cells.Any(c => c.Shapes is { Count: > 0 }) == true;
        return lanesDrawn && !hasSymbol ? read / 2 : read;
    }

    /// <summary>Edges to the step numbers (first column) of the rows this row's arrows point at; null when no arrows were traced.</summary>
    private static IReadOnlyList<Edge>? DrawnTargets(IReadOnlyList<TableCell> row, Table? table)
    {
        if (table?.Arrows is not { } arrows || row.Count == 0) return null;
        var index = row[0].Row;
        return arrows.Where(a => a.FromRow == index && a.ToRow != index)
            .Select(a => (To: LeadingNumber(table.Row(a.ToRow).FirstOrDefault(c => c.Column == 0)?.Text ?? ""), a.Label))
            .Where(a => a.To is not null)
            .Select(a => new Edge(a.To!.Value, a.Label))
            .DistinctBy(e => e.To)
            .ToList();
    }

    private static int WaktuColumn(int count, ProcedureLayout layout, Func<int, string> text)
    {
        var expected = layout.MutuColumn + 1;
        if (HasMinutes(text(expected)))
            return expected;
        var found = Enumerable.Range(layout.FirstActorColumn + 1, Math.Max(0, count - layout.FirstActorColumn - 1))
            .Where(i => HasMinutes(text(i)))
            .OrderBy(i => Math.Abs(i - expected))
            .Cast<int?>()
            .FirstOrDefault();
        return found ?? expected;
    }

    private static bool HasMinutes(string text) => text.Length > 0 && DurationParser.Parse(text).MinMinutes is not null;

    private static int? LeadingNumber(string text)
    {
        var digits = new string(text.TrimStart().TakeWhile(char.IsDigit).ToArray());
        return digits.Length is > 0 and < 4 ? int.Parse(digits) : null;
    }
}
