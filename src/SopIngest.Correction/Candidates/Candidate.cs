namespace SopIngest.Correction.Candidates;

/// <summary>Where a candidate came from; the classifier sees it as a feature.</summary>
internal enum CandidateSource
{
    /// <summary>Within edit distance 2 (SymSpell deletes).</summary>
    Edit,
    /// <summary>A multi-character OCR confusion undone (rn→m, li→h).</summary>
    Confusion,
    /// <summary>A word that usually stands next to the neighbours, within distance 3 (real-word errors, heavy garbling).</summary>
    Context,
    /// <summary>The token split in two (<c>KomputerMemiliki</c>).</summary>
    Split,
    /// <summary>The token joined with the next one (<c>Ketara ngan</c>).</summary>
    Merge,
}

/// <summary>
/// A possible replacement for one token (or, for <see cref="CandidateSource.Merge"/>, for the token, the gap and the next
/// token). <see cref="Word"/> is lower case and is written back in the token's case unless <see cref="Verbatim"/>.
/// </summary>
internal sealed record Candidate(string Word, CandidateSource Source, int Distance, bool Verbatim = false)
{
    public bool ConsumesNext => Source == CandidateSource.Merge;
}
