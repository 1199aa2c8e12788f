using SopIngest.Correction.Training;
using SopIngest.Storage.Review;

namespace SopIngest.Web.Review;

/// <summary>
/// Reviewers' saved text edits as the corrector's training reads them: each changed field is split into
/// the words that changed, with the field's old text as their context (see <see cref="IReviewEditSource"/>).
/// </summary>
public sealed class StoredReviewEdits(RecordReviewStore store) : IReviewEditSource
{
    public IEnumerable<ReviewEdit> ReadEdits() =>
        store.ReviewerEdits().SelectMany(e => WordEdits(e.From, e.To));

    /// <summary>The changed words of a field: equal leading and trailing words are dropped, the middle run kept whole.</summary>
    public static IEnumerable<ReviewEdit> WordEdits(string from, string to)
    {
        var a = from.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = to.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
            head++;
        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
            tail++;
        var oldRun = string.Join(' ', a[head..(a.Length - tail)]);
        var newRun = string.Join(' ', b[head..(b.Length - tail)]);
        if (oldRun.Length == 0 || newRun.Length == 0 || oldRun == newRun)
            yield break;
        // Word-for-word replacements teach more than a phrase: pair them up when the counts agree.
        var oldWords = oldRun.Split(' ');
        var newWords = newRun.Split(' ');
        if (oldWords.Length == newWords.Length)
        {
            for (var i = 0; i < oldWords.Length; i++)
                if (oldWords[i] != newWords[i])
                    yield return new ReviewEdit(oldWords[i], newWords[i], from);
            yield break;
        }
        yield return new ReviewEdit(oldRun, newRun, from);
    }
}
