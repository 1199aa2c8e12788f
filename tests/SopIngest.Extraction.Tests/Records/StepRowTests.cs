using SopIngest.Core.Layout;
using SopIngest.Core.Records;
using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Tests.Records;

public sealed class StepRowTests
{
    private static readonly ProcedureLayout FourActors = new(["Sekretaris", "Kasubag", "Analis", "Kepala Dinas"], 2);

    private static IReadOnlyList<TableCell> Row(params string[] cells) =>
        cells.Select((c, i) => new TableCell(0, i, c.Length == 0 ? [] : [c])).ToList();

    [Fact]
    public void Read_UndoesShift_WhenDecisionLabelPushesMutuBakuRight()
    {
        var row = StepRow.Read(Row("5.", "Memeriksa konsep", "", "", "", "Tidak", "", "", "Konsep rencana kerja", "2 Jam", "Draf rencana kerja"), FourActors);

        Assert.True(row.IsDecision);
        Assert.Equal("Konsep rencana kerja", row.Requirements);
        Assert.Equal(120, row.Duration.MinMinutes);
        Assert.Equal("Draf rencana kerja", row.Output);
        Assert.Equal([("Kepala Dinas", SwimlaneMark.DecisionNo)], row.Marks);
    }

    [Fact]
    public void Read_TakesActorFromMarkedColumn()
    {
        var row = StepRow.Read(Row("2", "Menyetujui", "", "□", "", "", "SK Tim", "1 jam", "Sosialisasi", "catatan"), FourActors);

        Assert.Equal(2, row.No);
        Assert.Equal([("Kasubag", SwimlaneMark.Shape)], row.Marks);
        Assert.Equal("SK Tim", row.Requirements);
        Assert.Equal("catatan", row.Notes);
    }

    private static IReadOnlyList<TableCell> WithShape(IReadOnlyList<TableCell> row, int column, params CellShapeKind[] kinds) =>
        row.Select(c => c.Column == column ? c with { Shapes = kinds.Select(k => new CellShape(k, new Box(0, 0, 10, 10))).ToList() } : c).ToList();

    [Fact]
    public void Read_TakesActorFromShapeColumn_AndIgnoresLabelsBesideArrows()
    {
        // A diamond in Analis's column; the "Tidak" label of its back edge sits in Kepala Dinas's column.
        var cells = WithShape(Row("4", "Memeriksa", "", "", "", "Tidak", "Draf", "1 jam", "Paraf"), 4, CellShapeKind.Decision);

        var row = StepRow.Read(cells, FourActors);

        Assert.True(row.IsDecision);
        Assert.Equal([("Analis", SwimlaneMark.Decision)], row.Marks);
    }

    [Fact]
    public void Read_GivesNoActor_ForAnOffPageConnector()
    {
        var cells = WithShape(Row("7", "Menyusun laporan", "", "", "", "", "Draf", "1 jam", "Laporan"), 3, CellShapeKind.Connector);

        Assert.Empty(StepRow.Read(cells, FourActors).Marks);
    }

    [Fact]
    public void Link_ReadsACapsuleBetweenStartAndEnd_AsAProcess()
    {
        StepRow Step(int no, CellShapeKind kind) =>
            StepRow.Read(WithShape(Row(no.ToString(), "Kegiatan", "", "", "", "", "", "1 jam", ""), 3, kind), FourActors);

        var steps = FlowLinker.Link([Step(1, CellShapeKind.Terminator), Step(2, CellShapeKind.Terminator), Step(3, CellShapeKind.Terminator)]);

        Assert.Equal([StepShape.Start, StepShape.Process, StepShape.End], steps.Select(s => s.Shape));
    }

    [Fact]
    public void Link_MakesTerminatorsStartAndEnd_ByTheirPlaceInTheFlow()
    {
        StepRow Step(int no, int actorColumn, CellShapeKind kind) =>
            StepRow.Read(WithShape(Row(no.ToString(), "Kegiatan", "", "", "", "", "", "1 jam", ""), actorColumn, kind), FourActors);

        var steps = FlowLinker.Link([Step(1, 2, CellShapeKind.Terminator), Step(2, 3, CellShapeKind.Process), Step(3, 5, CellShapeKind.Terminator)]);

        Assert.Equal([StepShape.Start, StepShape.Process, StepShape.End], steps.Select(s => s.Shape));
        Assert.Equal([["Sekretaris"], ["Kasubag"], ["Kepala Dinas"]], steps.Select(s => s.Actors.ToArray()));
    }

    /// <summary>Rows 1-4 of a table; the shapes in Kasubag's column (4), arrows as a reader traced them.</summary>
    private static Table Traced(params FlowArrow[] arrows)
    {
        var kinds = new[] { CellShapeKind.Terminator, CellShapeKind.Process, CellShapeKind.Process, CellShapeKind.Decision };
        var cells = Enumerable.Range(0, 4).SelectMany(r =>
            WithShape(Row((r + 1).ToString(), "Kegiatan", "", "", "", "", "", "1 jam", ""), 3, kinds[r])
                .Select(c => c with { Row = r }));
        return new Table(cells.ToList(), null, arrows);
    }

    private static IReadOnlyList<Step> LinkTraced(Table table) =>
        FlowLinker.Link(Enumerable.Range(0, table.RowCount).Select(r => StepRow.Read(table.Row(r), FourActors, table)).ToList());

    [Fact]
    public void Link_FollowsDrawnArrows_ADecisionGoingBackTwoSteps()
    {
        var table = Traced(new(0, 3, 1, 3), new(1, 3, 2, 3), new(2, 3, 3, 3), new(3, 3, 1, 3));

        var steps = LinkTraced(table);

        Assert.Equal([new Edge(2)], steps[0].Next);
        Assert.Equal([new Edge(3)], steps[1].Next);
        // The default would send "Tidak" back to step 3; the drawn arrow goes back to step 2.
        Assert.Equal([new Edge(2, "Tidak")], steps[3].Next);
    }

    [Fact]
    public void Link_TakesTheLabelsReadBesideADecisionsExits()
    {
        // Unusual but drawn so: "Ya" leads back to step 1, "Tidak" on to step 3's row... of a four-row table, step 2 decides.
        var table = Traced(new(0, 3, 1, 3), new(1, 3, 0, 3, "Ya"), new(1, 3, 2, 3, "Tidak"), new(2, 3, 3, 3));
        var rows = Enumerable.Range(0, 4).Select(r => StepRow.Read(table.Row(r), FourActors, table)).ToList();
        rows[1] = rows[1] with { Marks = [("Kasubag", SwimlaneMark.Decision)] };

        var steps = FlowLinker.Link(rows);

        Assert.Equal([new Edge(1, "Ya"), new Edge(3, "Tidak")], steps[1].Next);
    }

    [Fact]
    public void Link_KeepsTheDefaultExit_WhereNoArrowWasTraced()
    {
        // Step 2's arrow leaves the page (not traced); the decision's onward exit leaves it too.
        var table = Traced(new(0, 3, 1, 3), new(2, 3, 3, 3), new(3, 3, 0, 3));

        var steps = LinkTraced(table);

        Assert.Equal([new Edge(3)], steps[1].Next);
        Assert.Equal([new Edge(1, "Tidak")], steps[3].Next);
    }

    [Fact]
    public void Link_WritesDoubt_FromTheLeastConfidentCell_AndFromAMissingSymbol()
    {
        var table = Traced(new FlowArrow(0, 3, 1, 3));
        var doubtful = table.Cells.Select(c => (c.Row, c.Column) switch
        {
            (1, 1) => c with { Confidence = 0.62 },
            (2, 3) => c with { Shapes = null },
            _ => c,
        }).ToList();
        table = table with { Cells = doubtful };

        var steps = LinkTraced(table);

        Assert.Null(steps[0].Confidence);
        Assert.Equal(0.62, steps[1].Confidence);
        Assert.Equal(0.5, steps[2].Confidence);
    }
}
