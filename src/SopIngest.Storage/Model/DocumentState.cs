namespace SopIngest.Storage.Model;

/// <summary>Where a document is on its way through the pipeline. Only Succeeded and Failed are final.</summary>
public enum DocumentState
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}
