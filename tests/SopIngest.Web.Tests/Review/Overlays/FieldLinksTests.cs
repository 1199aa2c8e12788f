using SopIngest.Core.Layout;
using SopIngest.Web.Review.Overlays;

namespace SopIngest.Web.Tests.Review.Overlays;

/// <summary>Fields found again on the real born-digital scan's layout: steps as their table rows, identity fields as cells.</summary>
public sealed class FieldLinksTests
{
    private static readonly LayoutDocument Layout = CorpusLayout.Read();

    private static Dictionary<string, string> RegionTexts() =>
        Layout.Pages.SelectMany(LayoutRegions.Texts).ToDictionary(t => t.Id, t => t.Text);

    [Fact]
    public void Of_LinksEveryStepToTheTableRowWithItsNumber_AndItsActivityToItsCell()
    {
        var record = CorpusLayout.Record(Layout);
        var texts = RegionTexts();

        var links = FieldLinks.Of(record, Layout.Pages);

        Assert.True(record.Steps.Count >= 9, $"{record.Steps.Count} steps");
        for (var i = 0; i < record.Steps.Count; i++)
        {
            var step = record.Steps[i];
            Assert.Equal(step.No.ToString(), texts[Assert.Single(links[$"steps[{i}].no"])]);
            var activityCell = Assert.Single(links[$"steps[{i}].activity"]);
            Assert.True(TextSimilarity.Score(step.Activity, texts[activityCell]) >= 0.9, $"step {step.No}: '{step.Activity}' linked to '{texts[activityCell]}'");
            Assert.Contains(activityCell, links[$"steps[{i}]"]);
            // The swimlane symbol drawn in the row is where the actor and the shape were read from.
            Assert.All(links[$"steps[{i}].actors"], id => Assert.Matches(@"-s\d+$", id));
        }
    }

    [Fact]
    public void Of_StillFindsAStep_AfterAReviewerFixedAWordOfIt()
    {
        var record = CorpusLayout.Record(Layout);
        var before = FieldLinks.Of(record, Layout.Pages);
        var steps = record.Steps.ToList();
        steps[2] = steps[2] with { Activity = steps[2].Activity.Replace("rencana", "rencna") + " (diperbaiki)" };

        var after = FieldLinks.Of(record with { Steps = steps }, Layout.Pages);

        Assert.Equal(before["steps[2]"], after["steps[2]"]);
        Assert.Equal(before["steps[2].activity"], after["steps[2].activity"]);
    }

    [Fact]
    public void Of_LinksTheNipToTheApprovalCell_ThoughTheScanPrintsItInGroups()
    {
        var record = CorpusLayout.Record(Layout);
        var texts = RegionTexts();

        var links = FieldLinks.Of(record, Layout.Pages);

        var nip = texts[Assert.Single(links["approval.nip"])];
        Assert.DoesNotContain(record.Approval.Nip, nip); // printed with spaces between the groups
        Assert.Contains(record.Approval.Nip, nip.Replace(" ", ""));
        Assert.Equal(links["approval.name"], links["approval.nip"]);
    }

    [Fact]
    public void Of_LinksTheTitleToTheNamaSopCell_AndLeavesUnfoundFieldsOut()
    {
        var record = CorpusLayout.Record(Layout) with { Number = "" };
        var texts = RegionTexts();

        var links = FieldLinks.Of(record, Layout.Pages);

        var title = Assert.Single(links["title"]);
        Assert.StartsWith("p1-", title);
        Assert.Contains(TextSimilarity.Normalize(record.Title), TextSimilarity.Normalize(texts[title]));
        Assert.False(links.ContainsKey("number"));
    }

    [Fact]
    public void Overlay_DrawsEveryCellAndEverySwimlaneShapeOfThePage()
    {
        var page = Layout.Pages.Single(p => p.Number == 2);
        var table = page.Blocks.OfType<Table>().Single();

        var overlay = LayoutRegions.Overlay(page);

        Assert.Equal((842d, 595d), (overlay.Width, overlay.Height));
        Assert.Equal(table.Cells.Count, overlay.Regions.Count(r => r.Kind == "cell"));
        var shapes = overlay.Regions.Where(r => r.Kind == "shape").ToList();
        Assert.Equal(table.Cells.Sum(c => c.Shapes?.Count ?? 0), shapes.Count);
        Assert.Contains(shapes, s => s.Shape == "terminator");
        Assert.All(overlay.Regions, r => Assert.True(r.X >= 0 && r.Y >= 0 && r.X + r.W <= page.Width + 0.01 && r.Y + r.H <= page.Height + 0.01, r.Id));
    }
}
