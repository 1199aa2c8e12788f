using SopIngest.Ocr.Cleanup;
using SopIngest.Ocr.Tables;
using static SopIngest.Ocr.Tests.Tables.Rulings;

namespace SopIngest.Ocr.Tests.Tables;

/// <summary>Column lines a scan lost in part, against the cells a table really merges.</summary>
public sealed class BrokenLineGridTests
{
    [Fact]
    public void Find_KeepsCellsApart_WhereTheirColumnLineSurvivesOnlyInPieces()
    {
        // Three columns, three rows of 200 px. The header row merges columns 1 and 2 (no line between them there);
        // in row 1 the line between them survives as two short stubs (a scanner dropout across most of the row).
        List<PixelRuling> rulings =
        [
            V(0, 0, 600), V(400, 0, 600), V(1200, 0, 600),
            V(800, 200, 265), V(800, 345, 400), V(800, 400, 600),
            H(0, 0, 1200), H(200, 0, 1200), H(400, 0, 1200), H(600, 0, 1200),
        ];

        var grid = Assert.Single(CellGridFinder.Find(rulings, 6));

        var cells = grid.Cells.Select(c => (c.Row, c.Column, c.ColumnSpan)).Order().ToList();
        Assert.Equal([(0, 0, 1), (0, 1, 2), (1, 0, 1), (1, 1, 1), (1, 2, 1), (2, 0, 1), (2, 1, 1), (2, 2, 1)], cells);
    }

    [Fact]
    public void Find_KeepsARowLine_ThatAScanBrokeIntoPieces()
    {
        // The line at y 400 has two dropouts of 15 px (tolerance 6 px); box edges in lanes stay no row line.
        List<PixelRuling> rulings =
        [
            V(0, 0, 600), V(400, 0, 600), V(800, 0, 600), V(1200, 0, 600),
            H(0, 0, 1200), H(200, 0, 1200), H(600, 0, 1200),
            H(400, 0, 380), H(400, 395, 900), H(400, 915, 1200),
            H(480, 450, 750), H(480, 850, 1150),
        ];

        var grid = Assert.Single(CellGridFinder.Find(rulings, 6));

        Assert.Equal([0, 200, 400], grid.Cells.Select(c => c.Box.Top).Distinct().Order());
    }
}
