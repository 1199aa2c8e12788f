using SopIngest.Core.Layout;

namespace SopIngest.Core.Tests.Layout;

/// <summary>Points of a page as read laid back onto the scan as it is.</summary>
public sealed class LayoutPageTests
{
    // Read upright from a landscape table scanned as a portrait page: 800 wide and 600 high as read.
    private static LayoutPage Read(int rotation, double skew = 0) => new(1, [], 800, 600, rotation, skew);

    [Theory]
    [InlineData(0, 100, 50, 100, 50)]
    // Turned clockwise to be read: the top-left of what was read is the scan's bottom-left.
    [InlineData(90, 0, 0, 0, 800)]
    [InlineData(90, 100, 50, 50, 700)]
    // Turned anticlockwise: the top-left is the scan's top-right.
    [InlineData(270, 0, 0, 600, 0)]
    [InlineData(270, 100, 50, 550, 100)]
    [InlineData(180, 100, 50, 700, 550)]
    public void ToScan_UndoesTheQuarterTurn(int rotation, double x, double y, double scanX, double scanY)
    {
        var (sx, sy) = Read(rotation).ToScan(x, y);

        Assert.Equal(scanX, sx, 6);
        Assert.Equal(scanY, sy, 6);
    }

    [Theory]
    [InlineData(0, 800, 600)]
    [InlineData(90, 600, 800)]
    [InlineData(180, 800, 600)]
    [InlineData(270, 600, 800)]
    public void ScanSize_SwapsTheSides_OfAPageReadSideways(int rotation, double width, double height)
    {
        var page = Read(rotation);

        Assert.Equal((width, height), (page.ScanWidth, page.ScanHeight));
    }

    [Fact]
    public void ToScan_UndoesTheDeskew_AsAClockwiseTurnAboutTheCentre()
    {
        // Straightened by 2° anticlockwise: on the scan a point right of the centre lies lower, the centre stays.
        var page = Read(0, skew: 2);

        var (cx, cy) = page.ToScan(400, 300);
        var (_, y) = page.ToScan(700, 300);

        Assert.Equal((400, 300), (Math.Round(cx, 6), Math.Round(cy, 6)));
        Assert.Equal(300 + 300 * Math.Sin(2 * Math.PI / 180), y, 6);
    }

    [Fact]
    public void ToScan_UndoesTheDeskew_ThenTheQuarterTurn()
    {
        var page = Read(90, skew: 2);

        var (x, y) = page.ToScan(700, 300);

        // Deskew undone first (as on an unturned page), then the quarter turn: (u, v) -> (v, 800 - u).
        var (u, v) = Read(0, skew: 2).ToScan(700, 300);
        Assert.Equal((v, 800 - u), (x, y));
    }
}
