using System.Xml.Linq;
using SopIngest.Core.Records;

namespace SopIngest.Exports.Tests;

public sealed class BpmnExporterTests
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    [Fact]
    public void Export_MakesOneLanePerActor_AndGatewaysForDecisions()
    {
        var record = CorpusRecords.WithDecision();

        var process = BpmnExporter.Export(record).Root!.Element(Bpmn + "process")!;

        var laneNames = process.Descendants(Bpmn + "lane").Select(l => (string)l.Attribute("name")!).ToList();
        Assert.Superset(record.Actors.ToHashSet(), laneNames.ToHashSet());
        Assert.Equal(record.Steps.Count(s => s.Shape == StepShape.Decision), process.Elements(Bpmn + "exclusiveGateway").Count());
        Assert.Single(process.Elements(Bpmn + "startEvent"));
        Assert.Single(process.Elements(Bpmn + "endEvent"));
        Assert.Equal(record.Steps.Count, process.Descendants(Bpmn + "flowNodeRef").Count());
    }

    [Fact]
    public void Export_LabelsDecisionFlows_WithYaAndTidak()
    {
        var record = CorpusRecords.WithDecision();

        var flows = BpmnExporter.Export(record).Descendants(Bpmn + "sequenceFlow").ToList();

        Assert.Equal(record.Steps.Sum(s => s.Next.Count), flows.Count);
        Assert.Contains(flows, f => (string?)f.Attribute("name") == "Tidak");
        Assert.Contains(flows, f => (string?)f.Attribute("name") == "Ya");
    }
}
