using SopIngest.Core.Layout;
using SopIngest.Ocr.Recognition;
using SopIngest.Ocr.Swimlanes;
using SopIngest.Ocr.Tesseract;

using SopIngest.Ocr.Tests.Tesseract;

namespace SopIngest.Ocr.Tests.Swimlanes;

/// <summary>The swimlane detectors, through the OCR engine, on small sketches drawn in the test.</summary>
public sealed class SwimlaneReadingTests : IClassFixture<OcrEngineFixture>
{
    // Grid column of the first lane (No and Kegiatan come first).
    private const int L = SwimlaneSketch.FirstLane;

    private readonly TesseractOcrEngine _engine;

    public SwimlaneReadingTests(OcrEngineFixture fixture) => _engine = fixture.Engine;

    [Fact]
    public void LoneDiamond_IsOneDecision_InItsCell()
    {
        var table = Read(new SwimlaneSketch(3, 2, 300).Diamond(1, 1));

        var (cell, shape) = Assert.Single(Shapes(table));
        Assert.Equal((1, 1 + L), (cell.Row, cell.Column));
        Assert.Equal(CellShapeKind.Decision, shape.Kind);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(150)]
    public void Capsule_IsTerminator_AndBox_IsProcess(int dpi)
    {
        var table = Read(new SwimlaneSketch(2, 2, dpi).Capsule(0, 0).Box(1, 1), dpi);

        var kinds = Shapes(table).Select(s => (s.Cell.Row, s.Cell.Column, s.Shape.Kind)).Order().ToList();
        Assert.Equal([(0, L, CellShapeKind.Terminator), (1, 1 + L, CellShapeKind.Process)], kinds);
    }

    [Fact]
    public void BoxWithABrokenEdge_IsStillAProcess()
    {
        var table = Read(new SwimlaneSketch(1, 2, 300).Box(0, 1, gapFrom: 0.2, gapTo: 0.3));

        var (cell, shape) = Assert.Single(Shapes(table));
        Assert.Equal((0, 1 + L, CellShapeKind.Process), (cell.Row, cell.Column, shape.Kind));
    }

    [Fact]
    public void BoxOverABorder_BelongsToTheLaneHoldingMostOfIt()
    {
        // Centred 0.3 lanes right of lane 0's centre: about a tenth of the box lies in lane 1.
        var table = Read(new SwimlaneSketch(1, 2, 300).Box(0, 0.3));

        var (cell, shape) = Assert.Single(Shapes(table));
        Assert.Equal((0, L, CellShapeKind.Process), (cell.Row, cell.Column, shape.Kind));
    }

    [Theory]
    [InlineData(300, 0)]
    [InlineData(150, 2)]
    public void Connectors_AreTracedToTheirArrowheads_BackEdgeIncluded(int dpi, double skew)
    {
        var table = Read(Flow(dpi), dpi, skew);

        var kinds = Shapes(table).Select(s => (s.Cell.Row, s.Cell.Column, s.Shape.Kind)).Order().ToList();
        Assert.Equal([(0, L, CellShapeKind.Terminator), (1, 1 + L, CellShapeKind.Process), (2, 1 + L, CellShapeKind.Decision), (3, 1 + L, CellShapeKind.Process)], kinds);
        var arrows = (table.Arrows ?? []).OrderBy(a => (a.FromRow, a.ToRow)).ToList();
        Assert.Equal([new FlowArrow(0, L, 1, 1 + L), new FlowArrow(1, 1 + L, 2, 1 + L), new FlowArrow(2, 1 + L, 1, 1 + L), new FlowArrow(2, 1 + L, 3, 1 + L, "Ya")], arrows);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(200)]
    public void BackEdgeCrossingAnotherConnector_IsTraced_AndSoIsTheConnectorItCrosses(int dpi)
    {
        // As on the scan set's 002: a box in lane 1 leads down and left into a decision in lane 0 of the next row; the
        // decision's exit runs up the gutter, across that connector's level stretch, and right across its drop into
        // a box in lane 2 of the row above.
        var (x1, y1) = SwimlaneSketch.Centre(1, 1);
        var (x2, _) = SwimlaneSketch.Centre(1, 2);
        var (xd, y2) = SwimlaneSketch.Centre(2, 0);
        var gutter = SwimlaneSketch.Left + SwimlaneSketch.LaneWidth - 0.12;
        var level = y2 - SwimlaneSketch.RowHeight / 2 + 0.12;
        var under = y1 + 0.3;
        var sketch = new SwimlaneSketch(3, 3, dpi)
            .Box(1, 1).Box(1, 2).Diamond(2, 0)
            .Arrow((x1, y1 + 0.13), (x1, level), (xd, level), (xd, y2 - 0.18))
            .Arrow((xd + 0.38, y2), (gutter, y2), (gutter, under), (x2, under), (x2, y1 + 0.13));

        var arrows = (Read(sketch, dpi).Arrows ?? []).Select(a => (a.FromRow, a.FromColumn, a.ToRow, a.ToColumn)).Order().ToList();

        Assert.Equal([(1, 1 + L, 2, L), (2, L, 1, 2 + L)], arrows);
    }

    [Fact]
    public void BackEdgeLoopAroundAnEmptyStretchOfARow_IsNoSymbol()
    {
        // The box in lane 2 leads down and left to a decision in lane 0, whose exit runs up the gutter and right into the
        // box: the connectors close an empty rectangle across lanes 1 and 2 of the box's row, as SOP scans draw them.
        var (x0, _) = SwimlaneSketch.Centre(0, 0);
        var (x2, y1) = SwimlaneSketch.Centre(1, 2);
        var (_, y2) = SwimlaneSketch.Centre(2, 0);
        var gutter = SwimlaneSketch.Left + SwimlaneSketch.LaneWidth - 0.12;
        var below = y1 + SwimlaneSketch.RowHeight / 2 - 0.08;
        var sketch = new SwimlaneSketch(3, 3, 300)
            .Capsule(0, 0).Box(1, 2).Diamond(2, 0)
            .Arrow((x2, y1 + 0.13), (x2, below), (x0, below), (x0, y2 - 0.18))
            .Arrow((x0 + 0.38, y2), (gutter, y2), (gutter, y1), (x2 - 0.32, y1));

        var kinds = Shapes(Read(sketch)).Select(s => (s.Cell.Row, s.Cell.Column, s.Shape.Kind)).Order().ToList();

        Assert.Equal([(0, L, CellShapeKind.Terminator), (1, 2 + L, CellShapeKind.Process), (2, L, CellShapeKind.Decision)], kinds);
    }

    /// <summary>
    /// Start in lane 0, a box, a decision and a box in lane 1; the decision's exit back up the gutter into the first
    /// box carries no label, its "Ya" down to the last box is written beside the line.
    /// </summary>
    private static SwimlaneSketch Flow(int dpi)
    {
        var (x0, y0) = SwimlaneSketch.Centre(0, 0);
        var (x1, y1) = SwimlaneSketch.Centre(1, 1);
        var (_, y2) = SwimlaneSketch.Centre(2, 1);
        var (_, y3) = SwimlaneSketch.Centre(3, 1);
        var gutter = SwimlaneSketch.Left + 2 * SwimlaneSketch.LaneWidth - 0.12;
        var elbow = y1 - SwimlaneSketch.RowHeight / 2 + 0.12;
        return new SwimlaneSketch(4, 2, dpi)
            .Capsule(0, 0).Box(1, 1).Diamond(2, 1).Box(3, 1)
            .Arrow((x0, y0 + 0.1), (x0, elbow), (x1, elbow), (x1, y1 - 0.13))
            .Arrow((x1, y1 + 0.13), (x1, y2 - 0.18))
            .Arrow((x1 + 0.38, y2), (gutter, y2), (gutter, y1), (x1 + 0.32, y1))
            .Arrow((x1, y2 + 0.18), (x1, y3 - 0.13))
            .Label("Ya", x1 + 0.05, y2 + 0.36);
    }

    private Table Read(SwimlaneSketch sketch, int dpi = 300, double skew = 0)
    {
        using var page = new PageImage(1, sketch.Draw(skew), dpi, 72.0 / dpi);
        return Assert.Single(_engine.Recognize(page).Layout.Blocks.OfType<Table>());
    }

    [Theory]
    [InlineData("Ya", "Ya")]
    [InlineData("ya,", "Ya")]
    [InlineData("Tidak", "Tidak")]
    [InlineData("Tdak", "Tidak")]
    [InlineData("Tldak", "Tidak")]
    [InlineData("Tindak", null)]
    [InlineData("Kasubag", null)]
    public void ArrowLabel_IsReadByItsLetters(string word, string? label) => Assert.Equal(label, ArrowLabels.LabelOf(word));

    private static List<(TableCell Cell, CellShape Shape)> Shapes(Table table) =>
        table.Cells.SelectMany(c => (c.Shapes ?? []).Select(s => (c, s))).ToList();
}
