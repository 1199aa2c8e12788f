using SopIngest.Ocr.Cleanup;
using SopIngest.Ocr.Tables;
using static SopIngest.Ocr.Tests.Tables.Rulings;

namespace SopIngest.Ocr.Tests.Tables;

/// <summary>A procedure table's rows against the flowchart drawn in its narrow lanes.</summary>
public sealed class SwimlaneGridTests
{
    [Fact]
    public void Find_TakesBrokenRowLines_ButNotBoxEdgesOrConnectorsInTheLanes()
    {
        // 2400 px wide, lanes 150 px wide from x 800; rows every 200 px.
        List<PixelRuling> rulings =
        [
            .. new[] { 0.0, 800, 950, 1100, 1250, 2400 }.Select(x => V(x, 0, 1000)),
            H(0, 0, 2400), H(1000, 0, 2400),
            H(200, 0, 2400),
            H(400, 14, 2386), // a faint rule broken off short of the outer lines
            // A box 108 px wide in the lane 950..1100, 22 px from its lines.
            H(560, 972, 1080), H(610, 972, 1080),
            // A connector crossing from one lane into the next, near the lines at both ends.
            H(640, 926, 1076),
        ];

        var grid = Assert.Single(CellGridFinder.Find(rulings, 6));

        var rowTops = grid.Cells.Select(c => c.Box.Top).Distinct().Order().ToList();
        Assert.Equal([0, 200, 400], rowTops);
    }
}
