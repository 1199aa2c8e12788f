using System.Xml.Linq;
using SopIngest.Core.Records;

namespace SopIngest.Exports;

/// <summary>A record's flow as BPMN 2.0 XML: one lane per actor, terminators as events, decisions as gateways.</summary>
public static class BpmnExporter
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static XDocument Export(SopRecord record)
    {
        var nodes = new FlowNodes(record);
        var process = new XElement(Bpmn + "process",
            new XAttribute("id", "sop_process"),
            new XAttribute("name", record.Title),
            new XAttribute("isExecutable", "false"),
            LaneSet(nodes),
            record.Steps.Select((s, i) => Node(s, i)),
            nodes.Edges().Select(e => Flow(e.From, e.To, e.Label)));
        return new XDocument(new XElement(Bpmn + "definitions",
            new XAttribute("id", "sop_definitions"),
            new XAttribute("targetNamespace", "https://sopingest.local/bpmn"),
            new XElement(Bpmn + "collaboration", new XAttribute("id", "sop_collaboration"),
                new XElement(Bpmn + "participant", new XAttribute("id", "sop_participant"),
                    new XAttribute("name", record.Agency.Office), new XAttribute("processRef", "sop_process"))),
            process));
    }

    private static XElement LaneSet(FlowNodes nodes)
    {
        var lanes = nodes.Lanes.Select((actor, lane) => Lane($"lane_{lane + 1}", actor,
            nodes.Record.Steps.Select((s, i) => (s, i)).Where(x => nodes.LaneOf(x.s) == lane).Select(x => x.i)));
        var unassigned = nodes.Record.Steps.Select((s, i) => (s, i)).Where(x => nodes.LaneOf(x.s) < 0).Select(x => x.i).ToList();
        return new XElement(Bpmn + "laneSet", new XAttribute("id", "sop_lanes"), lanes,
            unassigned.Count > 0 ? Lane("lane_unassigned", "(pelaksana tidak terbaca)", unassigned) : null);
    }

    private static XElement Lane(string id, string name, IEnumerable<int> steps) =>
        new(Bpmn + "lane", new XAttribute("id", id), new XAttribute("name", name),
            steps.Select(i => new XElement(Bpmn + "flowNodeRef", FlowNodes.Id(i))));

    private static XElement Node(Step step, int index)
    {
        var kind = step.Shape switch
        {
            StepShape.Start => "startEvent",
            StepShape.End => "endEvent",
            StepShape.Decision => "exclusiveGateway",
            _ => "task",
        };
        return new XElement(Bpmn + kind, new XAttribute("id", FlowNodes.Id(index)), new XAttribute("name", step.Activity),
            new XElement(Bpmn + "documentation", $"Waktu: {step.Duration.Text}; Output: {step.Output}"));
    }

    private static XElement Flow(int from, int to, string? label) =>
        new(Bpmn + "sequenceFlow",
            new XAttribute("id", $"flow_{from + 1}_{to + 1}"),
            new XAttribute("sourceRef", FlowNodes.Id(from)),
            new XAttribute("targetRef", FlowNodes.Id(to)),
            label is null ? null : new XAttribute("name", label));
}
