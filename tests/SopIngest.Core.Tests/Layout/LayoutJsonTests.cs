using System.Text.Json.Nodes;
using SopIngest.Core.Json;
using SopIngest.Core.Layout;

namespace SopIngest.Core.Tests.Layout;

/// <summary>
/// A page's layout is stored as JSON (one row per page, stage <c>layout</c>) and read back by the record
/// builder and the review page's scan overlay: every kind of block must survive the trip.
/// </summary>
public sealed class LayoutJsonTests
{
    private static readonly LayoutPage Page = new(2,
    [
        new TextLine("STANDAR OPERASIONAL PROSEDUR", new Box(10, 20, 300, 34), Emphasis: true,
            [new Word("STANDAR", new Box(10, 20, 90, 34), 0.93), new Word("OPERASIONAL", new Box(95, 20, 220, 34), 0.88)]),
        new Table(
        [
            new TableCell(0, 0, ["No"], Box: new Box(10, 40, 30, 60)),
            new TableCell(0, 1, ["Kegiatan"], ColumnSpan: 2, Box: new Box(30, 40, 200, 60), Confidence: 0.71),
            new TableCell(1, 0, ["1."], RowSpan: 2),
            new TableCell(1, 1, ["Menerima berkas", "a. surat permohonan"],
                Shapes: [new CellShape(CellShapeKind.Terminator, new Box(40, 62, 80, 75)), new CellShape(CellShapeKind.Decision, new Box(90, 62, 120, 80))]),
        ], new Box(10, 40, 200, 120)),
        new TextLine("catatan tanpa kotak"),
    ], Width: 595.3, Height: 841.9);

    [Fact]
    public void LayoutPage_RoundTrips_WithEveryKindOfBlock()
    {
        var json = SopJson.Serialize(Page);

        var back = SopJson.Deserialize<LayoutPage>(json);

        Assert.Equal(json, SopJson.Serialize(back));
        Assert.Collection(back.Blocks,
            b => Assert.Equal(2, Assert.IsType<TextLine>(b).Words!.Count),
            b => Assert.Equal(Page.Blocks[1] is Table t ? t.Cells.Count : -1, Assert.IsType<Table>(b).Cells.Count),
            b => Assert.Null(Assert.IsType<TextLine>(b).Box));
        var cell = ((Table)back.Blocks[1]).Cells[3];
        Assert.Equal(["Menerima berkas", "a. surat permohonan"], cell.Paragraphs);
        Assert.Equal(CellShapeKind.Decision, cell.Shapes![1].Kind);
    }

    [Fact]
    public void LayoutBlock_NamesItsKind_LineOrTable_ForReadersOutsideDotNet()
    {
        var blocks = JsonNode.Parse(SopJson.Serialize(Page))!["blocks"]!.AsArray();

        Assert.Equal(["line", "table", "line"], blocks.Select(b => (string)b!["kind"]!));
    }
}
