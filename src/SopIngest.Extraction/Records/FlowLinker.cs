using SopIngest.Core.Records;

namespace SopIngest.Extraction.Records;

/// <summary>
/// Turns read rows into steps with shapes and next edges. Where the reader traced the drawn arrows, they are the
/// flow; exports lose the arrows (and arrows leaving the page are not traced), so otherwise the flow is the
/// SOP AP default: row order; a decision goes on with "Ya" and back to the step before with "Tidak".
/// Where no row carries a start (end) mark, the first (last) step is the terminator the standard prescribes.
/// </summary>
internal static class FlowLinker
{
    public static IReadOnlyList<Step> Link(IReadOnlyList<StepRow> rows)
    {
        var markedStart = rows.Any(r => r.Marks.Any(m => m.Mark is SwimlaneMark.Start));
        var markedEnd = rows.Any(r => r.Marks.Any(m => m.Mark is SwimlaneMark.End));
        var numbers = rows.Select(r => r.No ?? 0).ToList();
        var steps = new List<Step>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var shape = ShapeOf(rows[i], i, rows.Count, markedStart, markedEnd);
            steps.Add(new Step(
                numbers[i],
                rows[i].Activity,
                rows[i].Marks.Select(m => m.Actor).Distinct().ToList(),
                shape,
                rows[i].Requirements,
                rows[i].Duration,
                rows[i].Output,
                rows[i].Notes,
                rows[i].DrawnNext is { Count: > 0 } drawn && shape != StepShape.End
                    ? Drawn(shape, drawn, numbers, i)
                    : Next(shape, numbers, i))
            {
                // Only doubt is written: text exports and born-digital rows read with certainty carry none.
                Confidence = rows[i].Confidence < 1 ? Math.Round(rows[i].Confidence, 3) : null,
            });
        }
        return steps;
    }

    private static StepShape ShapeOf(StepRow row, int index, int count, bool markedStart, bool markedEnd)
    {
        if (row.IsDecision) return StepShape.Decision;
        if (row.Marks.Any(m => m.Mark == SwimlaneMark.Start)) return StepShape.Start;
        if (row.Marks.Any(m => m.Mark == SwimlaneMark.End)) return StepShape.End;
        // A drawn terminator says start or end only by where it stands; between them a capsule is a rounded box.
        if (row.Marks.Any(m => m.Mark == SwimlaneMark.Terminator))
            return index == 0 ? StepShape.Start : index == count - 1 ? StepShape.End : StepShape.Process;
        if (!markedStart && index == 0 && count > 1) return StepShape.Start;
        if (!markedEnd && index == count - 1) return StepShape.End;
        return StepShape.Process;
    }

    /// <summary>
    /// The drawn arrows. A decision's exits carry the labels read beside them; an exit without one is "Tidak" when it
    /// goes back up the table and "Ya" when it goes on. An exit not traced (it leaves the page) is the default one.
    /// </summary>
    private static IReadOnlyList<Edge> Drawn(StepShape shape, IReadOnlyList<Edge> drawn, IReadOnlyList<int> numbers, int i)
    {
        if (shape != StepShape.Decision) return drawn.OrderBy(e => e.To).Select(e => new Edge(e.To)).ToList();
        var labelled = drawn.Select(e => e with { Label = e.Label ?? (e.To < numbers[i] ? "Tidak" : "Ya") }).ToList();
        var defaults = Next(shape, numbers, i);
        IEnumerable<Edge> Exit(string label) =>
            labelled.Any(e => e.Label == label) ? labelled.Where(e => e.Label == label) : defaults.Where(e => e.Label == label);
        return Exit("Ya").Concat(Exit("Tidak")).ToList();
    }

    private static IReadOnlyList<Edge> Next(StepShape shape, IReadOnlyList<int> numbers, int i)
    {
        var hasNext = i + 1 < numbers.Count;
        if (shape == StepShape.End || !hasNext && shape != StepShape.Decision)
            return [];
        if (shape != StepShape.Decision)
            return [new Edge(numbers[i + 1])];
        var edges = new List<Edge>();
        if (hasNext) edges.Add(new Edge(numbers[i + 1], "Ya"));
        if (i > 0) edges.Add(new Edge(numbers[i - 1], "Tidak"));
        return edges;
    }
}
