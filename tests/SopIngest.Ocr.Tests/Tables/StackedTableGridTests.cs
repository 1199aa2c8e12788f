using SopIngest.Ocr.Cleanup;
using SopIngest.Ocr.Tables;
using static SopIngest.Ocr.Tests.Tables.Rulings;

namespace SopIngest.Ocr.Tests.Tables;

/// <summary>An identity block drawn as one frame: a key/value table above a taller two-column sections table.</summary>
public sealed class StackedTableGridTests
{
    [Fact]
    public void Find_KeepsShortColumnLines_ThatRunBetweenLongRowLines()
    {
        // Outer frame 0..2000 × 0..1400; the key|value lines (x 1200, 1550) run only 0..300, the sections'
        // middle line (x 1000) 300..1400; key rows every 50 px in the top right.
        List<PixelRuling> rulings =
        [
            V(0, 0, 1400), V(2000, 0, 1400), V(1200, 0, 300), V(1550, 0, 300), V(1000, 300, 1400),
            H(0, 0, 2000), H(300, 0, 2000), H(900, 0, 2000), H(1400, 0, 2000),
            .. Enumerable.Range(1, 5).Select(i => H(i * 50, 1200, 2000)),
            // A logo's frame in the header cell: short lines that must not become columns.
            V(500, 40, 140), V(600, 40, 140), H(40, 500, 600),
        ];

        var grid = Assert.Single(CellGridFinder.Find(rulings, 6));

        var keyCells = grid.Cells.Where(c => c.Box.Left == 1200).ToList();
        Assert.Equal(6, keyCells.Count);
        Assert.All(keyCells, c => Assert.Equal(1, c.RowSpan));
        var header = Assert.Single(grid.Cells, c => c.Box.Left == 0 && c.Box.Top == 0);
        Assert.Equal((1200, 300), (header.Box.Right, header.Box.Bottom));
        Assert.Equal(2, grid.Cells.Count(c => c.Box.Top == 300));
    }
}
