namespace SopIngest.Correction;

/// <summary>Typed options of the runtime corrector; defaults are what the shipped model was evaluated with.</summary>
public sealed record TextCorrectorOptions
{
    /// <summary>Apply a candidate only when the classifier's probability is at least this.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Remove marks left by handwritten initials at line ends (<c>*u*</c>, <c>✓</c>).</summary>
    public bool RemoveStrayMarks { get; init; } = true;

    /// <summary>Confidence recorded for a stray-mark removal (a rule, not the classifier).</summary>
    public double StrayMarkConfidence { get; init; } = 0.9;
}
