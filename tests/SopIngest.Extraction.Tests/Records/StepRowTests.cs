using SopIngest.Core.Layout;
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
}
