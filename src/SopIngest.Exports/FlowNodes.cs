using SopIngest.Core.Records;

namespace SopIngest.Exports;

/// <summary>
/// A record's steps as uniquely identified flow nodes: step numbers can repeat in OCR'd tables,
/// so nodes are keyed by position and edges resolve to the first step with the target number.
/// </summary>
internal sealed class FlowNodes
{
    private readonly Dictionary<int, int> _indexByNo = [];

    public FlowNodes(SopRecord record)
    {
        Record = record;
        for (var i = 0; i < record.Steps.Count; i++)
            _indexByNo.TryAdd(record.Steps[i].No, i);
        Lanes = record.Actors.Concat(record.Steps.SelectMany(s => s.Actors)).Distinct().ToList();
    }

    public SopRecord Record { get; }

    /// <summary>The record's actors, plus any a step names that the header did not.</summary>
    public IReadOnlyList<string> Lanes { get; }

    public static string Id(int index) => $"step_{index + 1}";

    public int? IndexOf(int stepNo) => _indexByNo.TryGetValue(stepNo, out var i) ? i : null;

    /// <summary>The lane a step is drawn in: its first actor, or -1 when the record names none.</summary>
    public int LaneOf(Step step) => step.Actors.Count == 0 ? -1 : Lanes.ToList().IndexOf(step.Actors[0]);

    public IEnumerable<(int From, int To, string? Label)> Edges() =>
        Record.Steps.SelectMany((s, i) => s.Next
            .Select(e => (From: i, To: IndexOf(e.To), e.Label))
            .Where(e => e.To is not null)
            .Select(e => (e.From, e.To!.Value, e.Label)));
}
