namespace SopIngest.Correction;

/// <summary>Typed options of the runtime corrector; defaults are what the shipped model was evaluated with.</summary>
public sealed record TextCorrectorOptions
{
    /// <summary>Apply a candidate only when the classifier's probability is at least this.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>
    /// Leave word forms the reference corpus already holds (a word, a run-together pair, a split pair seen at least once).
    /// The misreads of a new scan are forms nobody has written before (<c>Transrnigrasi</c>, <c>kepaia</c>); a form the
    /// corpus holds is what some document printed, even when it was the seed exports' own OCR slip, and the synthetic
    /// scans print those as they are. Off only to clean the seed exports themselves, whose own forms are all in the corpus.
    /// </summary>
    public bool KeepCorpusForms { get; init; } = true;

    /// <summary>
    /// The most edits a correction of an unknown word may make. Candidates three edits away are proposed and scored, but
    /// applied they turned garbles the page printed into other words (<c>KUATIRUKASI</c> → <c>KUALIFIKASI</c>): beyond two
    /// edits the replacement is a guess.
    /// </summary>
    public int MaxEdits { get; init; } = 2;

    /// <summary>
    /// The most edits that may turn a word the word lists know into another. OCR turns one word into another by one
    /// confused character (<c>Buku</c>/<c>Baku</c>); two edits between real words are far more often the author's own
    /// choice (<c>menyebarkan</c>/<c>menyerahkan</c>, <c>ajukan</c>/<c>diajukan</c>).
    /// </summary>
    public int MaxRealWordEdits { get; init; } = 1;

    /// <summary>Remove marks left by handwritten initials at line ends (<c>*u*</c>, <c>✓</c>).</summary>
    public bool RemoveStrayMarks { get; init; } = true;

    /// <summary>Confidence recorded for a stray-mark removal (a rule, not the classifier).</summary>
    public double StrayMarkConfidence { get; init; } = 0.9;
}
