using System.Xml.Linq;
using SopIngest.Core.Records;

namespace SopIngest.Exports.Tests;

public sealed class SvgSwimlaneExporterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Export_DrawsEveryStepWithItsShape_AndEveryArrow()
    {
        var record = CorpusRecords.WithDecision();

        var svg = XDocument.Parse(new SvgSwimlaneExporter().Export(record));

        var shapes = svg.Descendants().Where(e => e.Attribute("data-shape") is not null).ToList();
        Assert.Equal(record.Steps.Count, shapes.Count);
        Assert.Equal(record.Steps.Count(s => s.Shape == StepShape.Decision), shapes.Count(s => s.Name == Svg + "polygon"));
        Assert.Equal(record.Steps.Sum(s => s.Next.Count), svg.Descendants(Svg + "polyline").Count());
    }

    [Fact]
    public void Export_PutsShapeInItsActorsLane()
    {
        var record = CorpusRecords.Load("001_222709af16668202", 0);
        var options = new SvgSwimlaneOptions();

        var svg = XDocument.Parse(new SvgSwimlaneExporter(options).Export(record));

        var second = svg.Descendants().First(e => (string?)e.Attribute("data-step") == "2");
        var lane = record.Actors.ToList().IndexOf(record.Steps[1].Actors[0]);
        var x = double.Parse((string)second.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(x, options.ActivityColumnWidth + lane * options.LaneWidth, options.ActivityColumnWidth + (lane + 1) * options.LaneWidth);
    }

    [Fact]
    public void Export_EscapesTextThatLooksLikeMarkup()
    {
        var record = CorpusRecords.Load("001_222709af16668202", 0) with { Title = "A & B <c>" };

        Assert.Equal("A & B <c>", XDocument.Parse(new SvgSwimlaneExporter().Export(record)).Descendants(Svg + "title").Single().Value);
    }
}
