using SopIngest.Core.Layout;

namespace SopIngest.Ocr.Tesseract;

/// <summary>
/// Tells from the first words read off a page whether it is upside down. A page read the right way up gives its
/// words confidently (0.75–0.96 on the scan set), one read upside down does not (about 0.25); only a page whose
/// first words are doubtful gets the engine's own check on a strip read both ways. Nearly every page is upright,
/// so nearly every page is spared that check.
/// </summary>
internal sealed class UprightWatch(Func<bool> isUpsideDown)
{
    // Words of two letters or more looked at before deciding, and the mean confidence that says "upright".
    private const int WordsToDecide = 12;
    private const double Confident = 0.6;

    private readonly List<double> _confidences = [];
    private bool? _upsideDown;

    /// <summary>Takes the words just read; true once the page is known to be upside down (stop reading it).</summary>
    public bool UpsideDown(IEnumerable<Word> words)
    {
        if (_upsideDown is { } known) return known;
        _confidences.AddRange(words.Where(w => w.Text.Count(char.IsLetter) >= 2).Select(w => w.Confidence));
        return _confidences.Count >= WordsToDecide && Decide();
    }

    /// <summary>At the end of the page: decides with the words there were, if the page had too few to decide before.</summary>
    public bool UpsideDownAtEnd() => _upsideDown ?? Decide();

    private bool Decide()
    {
        var confident = _confidences.Count >= 3 && _confidences.Average() >= Confident;
        _upsideDown = !confident && isUpsideDown();
        return _upsideDown.Value;
    }
}
