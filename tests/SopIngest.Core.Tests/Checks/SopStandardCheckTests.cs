using SopIngest.Core.Checks;
using SopIngest.Core.Records;

namespace SopIngest.Core.Tests.Checks;

public sealed class SopStandardCheckTests
{
    private static Step Step(int no, StepShape shape, params Edge[] next) =>
        new(no, $"langkah {no}", ["Kasubag"], shape, "", new Duration("1 jam", 60, 60), "", "", next);

    private static SopRecord Record(params Step[] steps) =>
        new(new PageRange(1, 1), Agency.Unknown, "", "SOP uji", SopDates.Empty, Approval.Empty, [], [], [], [], [], [], ["Kasubag"], steps);

    [Fact]
    public void Check_FindsNothing_InAWellFormedFlow()
    {
        var record = Record(
            Step(1, StepShape.Start, new Edge(2)),
            Step(2, StepShape.Decision, new Edge(3, "Ya"), new Edge(1, "Tidak")),
            Step(3, StepShape.End));

        Assert.Empty(SopStandardCheck.Check(record));
    }

    [Fact]
    public void Check_ReportsDecisionWithoutTwoLabelledExits()
    {
        var record = Record(Step(1, StepShape.Start, new Edge(2)), Step(2, StepShape.Decision, new Edge(3)), Step(3, StepShape.End));

        var finding = Assert.Single(SopStandardCheck.Check(record));
        Assert.Equal(("decision-exits", 2), (finding.Code, finding.Step));
    }

    [Fact]
    public void Check_ReportsUnreachableStepAndMissingEnd()
    {
        var record = Record(Step(1, StepShape.Start, new Edge(3)), Step(2, StepShape.Process, new Edge(3)), Step(3, StepShape.Process));

        var codes = SopStandardCheck.Check(record).Select(f => (f.Code, f.Step)).ToList();

        Assert.Contains(("unreachable", 2), codes);
        Assert.Contains(("end-count", null), codes);
        Assert.Contains(("dead-end", 3), codes);
    }

    [Fact]
    public void Check_ReportsStepWithoutActorOrDuration()
    {
        var bare = Step(2, StepShape.Process, new Edge(3)) with { Actors = [], Duration = new Duration("Tentatif", null, null) };
        var record = Record(Step(1, StepShape.Start, new Edge(2)), bare, Step(3, StepShape.End));

        var codes = SopStandardCheck.Check(record).Select(f => f.Code).ToList();

        Assert.Equal(["no-actor", "no-duration"], codes);
    }
}
