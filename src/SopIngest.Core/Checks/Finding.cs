namespace SopIngest.Core.Checks;

/// <summary>A structural doubt about a record, for reviewers to look at first.</summary>
/// <param name="Code">Stable identifier, e.g. <c>decision-exits</c>.</param>
/// <param name="Step">The step it concerns, or null for the whole record.</param>
public sealed record Finding(string Code, string Message, int? Step = null);
