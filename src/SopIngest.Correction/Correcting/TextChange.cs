namespace SopIngest.Correction;

/// <summary>
/// One change the corrector made: <paramref name="From"/> at <paramref name="Start"/> (a character offset into the text
/// that was corrected, <paramref name="Length"/> long) became <paramref name="To"/>; empty <paramref name="To"/> means a
/// stray mark was removed.
/// </summary>
public sealed record TextChange(int Start, int Length, string From, string To, double Confidence);

/// <summary>Corrected text and the changes that made it, in text order.</summary>
public sealed record CorrectedText(string Text, IReadOnlyList<TextChange> Changes);
