using Hangfire.Common;
using Hangfire.States;
using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Queueing;

/// <summary>
/// Runs after <see cref="Hangfire.AutomaticRetryAttribute"/>: when a document, page or assembly job is about to end
/// <c>Failed</c> (its retries used up), the document ends <c>failed</c> with the error as its reason,
/// and the batch goes on.
/// </summary>
internal sealed class FailDocumentWhenRetriesRunOut(DocumentWork work) : JobFilterAttribute, IElectStateFilter
{
    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is not FailedState failed)
            return;
        if (!ComposedJobActivator.IsDocumentJob(context.BackgroundJob.Job?.Type) || context.BackgroundJob.Job!.Args.FirstOrDefault() is not long documentId)
            return;
        var error = failed.Exception is { } e ? $"failed after retries: {e.GetType().Name}: {e.Message}" : "failed after retries";
        work.Fail(documentId, error);
    }
}
