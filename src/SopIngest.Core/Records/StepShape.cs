namespace SopIngest.Core.Records;

/// <summary>The flowchart symbol of a step in the swimlane.</summary>
public enum StepShape
{
    Process,
    Start,
    End,
    Decision,
}
