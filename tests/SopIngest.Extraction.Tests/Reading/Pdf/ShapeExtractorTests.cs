using SopIngest.Core.Layout;
using SopIngest.Extraction.Reading.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Writer;

namespace SopIngest.Extraction.Tests.Reading.Pdf;

/// <summary>The flowchart symbols of a swimlane, found in vector paths and put into the table's cells.</summary>
public sealed class ShapeExtractorTests
{
    private const double PageHeight = 800;

    [Fact]
    public void Extract_FindsDecision_WhenDiamondIsDrawnAsFourSeparateStrokes()
    {
        // Top, right, bottom, left vertices in PDF coordinates, each edge its own path as PdfPig's writer draws polygons.
        (double X, double Y)[] v = [(100, 500), (128, 487), (100, 474), (72, 487)];
        var strokes = Enumerable.Range(0, 4).Select(i => Polyline(v[i], v[(i + 1) % 4]));

        var shape = Assert.Single(ShapeExtractor.Extract(strokes, PageHeight));

        Assert.Equal(CellShapeKind.Decision, shape.Kind);
        Assert.Equal(new Box(72, 300, 128, 326), shape.Box); // top-left origin
    }

    [Fact]
    public void Extract_FindsDecision_WhenDiamondIsOneClosedPath()
    {
        var diamond = Polyline((100, 500), (128, 487), (100, 474), (72, 487), (100, 500));

        Assert.Equal(CellShapeKind.Decision, Assert.Single(ShapeExtractor.Extract([diamond], PageHeight)).Kind);
    }

    [Fact]
    public void Extract_FindsTerminator_WhenOutlineIsAWideEllipse_AndConnector_WhenSmallCircle()
    {
        var shapes = ReadShapes(page =>
        {
            page.DrawEllipsis(new PdfPoint(100, 400), 52, 15, 0.6);
            page.DrawEllipsis(new PdfPoint(300, 400), 11, 11, 0.6);
        });

        Assert.Equal([CellShapeKind.Terminator, CellShapeKind.Connector], shapes.Select(s => s.Kind));
        Assert.Equal(74, shapes[0].Box.Left, 1);
        Assert.Equal(126, shapes[0].Box.Right, 1);
    }

    [Fact]
    public void Extract_FindsTerminator_WhenRoundedBoxMixesLinesAndCurves()
    {
        var capsule = Stroke(p =>
        {
            p.MoveTo(110, 500);
            p.LineTo(150, 500);
            p.BezierCurveTo(156, 500, 160, 496, 160, 492);
            p.BezierCurveTo(160, 488, 156, 484, 150, 484);
            p.LineTo(110, 484);
            p.BezierCurveTo(104, 484, 100, 488, 100, 492);
            p.BezierCurveTo(100, 496, 104, 500, 110, 500);
        });

        Assert.Equal(CellShapeKind.Terminator, Assert.Single(ShapeExtractor.Extract([capsule], PageHeight)).Kind);
    }

    [Fact]
    public void Extract_FindsProcess_WhenBoxIsARectangle()
    {
        var box = Stroke(p => p.Rectangle(80, 480, 50, 18));

        var shape = Assert.Single(ShapeExtractor.Extract([box], PageHeight));

        Assert.Equal(CellShapeKind.Process, shape.Kind);
        Assert.Equal(new Box(80, 302, 130, 320), shape.Box);
    }

    [Fact]
    public void Read_FindsNoShapes_InATableRuledCellByCell()
    {
        using var pdf = new TempPdf(TwoColumnTable(page =>
        {
            foreach (var (x, y) in new[] { (100, 430), (200, 430), (100, 450), (200, 450) })
                page.DrawRectangle(new PdfPoint(x, y), 100, 20, 0.5);
        }));

        var table = Assert.Single(new PdfTextReader().Read(pdf.Path).Pages[0].Blocks.OfType<Table>());

        Assert.All(table.Cells, c => Assert.Null(c.Shapes));
    }

    [Fact]
    public void Extract_IgnoresArrowsArrowheadsAndOffPageConnectors()
    {
        var elbow = Polyline((100, 500), (100, 480), (150, 480), (150, 460));
        var head = Polyline((150, 460), (147, 466), (153, 466), (150, 460));
        // The off-page connector's pentagon, drawn stroke by stroke.
        (double X, double Y)[] v = [(93, 400), (107, 400), (107, 391), (100, 386), (93, 391)];
        var pentagon = Enumerable.Range(0, 5).Select(i => Polyline(v[i], v[(i + 1) % 5]));

        Assert.Empty(ShapeExtractor.Extract([elbow, head, .. pentagon], PageHeight));
    }

    [Fact]
    public void Read_AssignsShapeToColumnHoldingMostOfIt_WhenBoxStraddlesBorder()
    {
        // Two actor columns split at x = 200; the box runs from 180 to 240, so two thirds of it lie in the right column.
        using var pdf = new TempPdf(TwoColumnTable(page => page.DrawRectangle(new PdfPoint(180, 440), 60, 18, 0.5)));

        var table = Assert.Single(new PdfTextReader().Read(pdf.Path).Pages[0].Blocks.OfType<Table>());

        var withShapes = table.Cells.Where(c => c.Shapes is { Count: > 0 }).ToList();
        var cell = Assert.Single(withShapes);
        Assert.Equal((1, 1), (cell.Row, cell.Column));
        Assert.Equal(CellShapeKind.Process, Assert.Single(cell.Shapes!).Kind);
    }

    [Fact]
    public void Read_DoesNotTakeTheTablesOwnRectanglesForShapes()
    {
        using var pdf = new TempPdf(TwoColumnTable(page => page.DrawRectangle(new PdfPoint(100, 430), 100, 40, 0.5)));

        var table = Assert.Single(new PdfTextReader().Read(pdf.Path).Pages[0].Blocks.OfType<Table>());

        Assert.All(table.Cells, c => Assert.Null(c.Shapes));
    }

    [Fact]
    public void Read_PutsTheFixturesFlowchartBoxesInTheirActorCells()
    {
        using var pdf = new TempPdf(SopPdfFixture.Build());

        var table = new PdfTextReader().Read(pdf.Path).Pages[0].Blocks.OfType<Table>().Single();

        var marked = table.Cells.Where(c => c.Shapes is { Count: > 0 }).Select(c => (c.Row, c.Column)).ToList();
        Assert.Equal([(2, 2), (3, 3), (4, 4)], marked);
    }

    // Rows at y 470..430 (two rows split at 450 in PDF coordinates), columns at x 100..200..300, plus a text layer.
    private static byte[] TwoColumnTable(Action<PdfPageBuilder> draw)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, PageHeight);
        page.AddText("Pelaksana", 8, new PdfPoint(105, 455), font);
        page.DrawRectangle(new PdfPoint(100, 430), 200, 40, 0.75);
        page.DrawLine(new PdfPoint(100, 450), new PdfPoint(300, 450), 0.75);
        page.DrawLine(new PdfPoint(200, 430), new PdfPoint(200, 470), 0.75);
        draw(page);
        return builder.Build();
    }

    private static IReadOnlyList<CellShape> ReadShapes(Action<PdfPageBuilder> draw)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, PageHeight);
        draw(page);
        using var pdf = new TempPdf(builder.Build());
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.Path);
        var read = document.GetPage(1);
        return ShapeExtractor.Extract(read.Paths, read.Height);
    }

    private static PdfPath Polyline(params (double X, double Y)[] points) => Stroke(p =>
    {
        p.MoveTo(points[0].X, points[0].Y);
        foreach (var (x, y) in points.Skip(1)) p.LineTo(x, y);
    });

    private static PdfPath Stroke(Action<PdfSubpath> draw)
    {
        var subpath = new PdfSubpath();
        draw(subpath);
        var path = new PdfPath { subpath };
        path.SetStroked();
        return path;
    }
}
