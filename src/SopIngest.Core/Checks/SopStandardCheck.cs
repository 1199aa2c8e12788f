using SopIngest.Core.Records;

namespace SopIngest.Core.Checks;

/// <summary>
/// The SOP AP standard's structural rules (Permenpan RB 35/2012) applied to a record: one start and one
/// end, every decision with two labelled exits, every step reachable from the start, every step with an
/// actor and a duration, edges pointing at steps that exist.
/// </summary>
public static class SopStandardCheck
{
    public static IReadOnlyList<Finding> Check(SopRecord record)
    {
        if (record.Steps.Count == 0)
            return [new Finding("no-steps", "the procedure table has no steps")];
        var numbers = record.Steps.Select(s => s.No).ToHashSet();
        return Terminators(record)
            .Concat(record.Steps.SelectMany(s => StepFindings(s, numbers)))
            .Concat(Unreachable(record))
            .ToList();
    }

    private static IEnumerable<Finding> Terminators(SopRecord record)
    {
        var starts = record.Steps.Count(s => s.Shape == StepShape.Start);
        var ends = record.Steps.Count(s => s.Shape == StepShape.End);
        if (starts != 1) yield return new Finding("start-count", $"{starts} start terminators; the standard has exactly one");
        if (ends != 1) yield return new Finding("end-count", $"{ends} end terminators; the standard has exactly one");
    }

    private static IEnumerable<Finding> StepFindings(Step step, HashSet<int> numbers)
    {
        if (step.Actors.Count == 0)
            yield return new Finding("no-actor", "no actor column holds this step's shape", step.No);
        if (step.Duration.MinMinutes is null)
            yield return new Finding("no-duration", $"Waktu '{step.Duration.Text}' gives no duration", step.No);
        if (step.Shape == StepShape.Decision && !HasTwoLabelledExits(step))
            yield return new Finding("decision-exits", "a decision needs a Ya and a Tidak exit", step.No);
        if (step.Shape != StepShape.End && step.Next.Count == 0)
            yield return new Finding("dead-end", "the flow stops here without an end terminator", step.No);
        foreach (var edge in step.Next.Where(e => !numbers.Contains(e.To)))
            yield return new Finding("dangling-edge", $"an arrow points at step {edge.To}, which does not exist", step.No);
    }

    private static bool HasTwoLabelledExits(Step step) =>
        step.Next.Count == 2 && step.Next.Select(e => e.Label?.ToLowerInvariant()).Order().SequenceEqual(["tidak", "ya"]);

    private static IEnumerable<Finding> Unreachable(SopRecord record)
    {
        var start = record.Steps.FirstOrDefault(s => s.Shape == StepShape.Start) ?? record.Steps[0];
        var byNo = record.Steps.GroupBy(s => s.No).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<int> { start.No };
        var queue = new Queue<Step>([start]);
        while (queue.TryDequeue(out var step))
            foreach (var edge in step.Next)
                if (byNo.TryGetValue(edge.To, out var next) && seen.Add(next.No))
                    queue.Enqueue(next);
        return record.Steps.Where(s => !seen.Contains(s.No))
            .Select(s => new Finding("unreachable", "no arrow leads to this step from the start", s.No));
    }
}
