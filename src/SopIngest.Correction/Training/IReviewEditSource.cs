namespace SopIngest.Correction.Training;

/// <summary>A correction a reviewer made in the web app: <paramref name="From"/> became <paramref name="To"/> inside <paramref name="Context"/> (the text around it, holding <paramref name="From"/>).</summary>
public sealed record ReviewEdit(string From, string To, string Context);

/// <summary>Where the trainer reads reviewers' edits from; the store implements it.</summary>
public interface IReviewEditSource
{
    IEnumerable<ReviewEdit> ReadEdits();
}

/// <summary>A fixed list of edits (tests, imports).</summary>
public sealed class ReviewEditList(IEnumerable<ReviewEdit> edits) : IReviewEditSource
{
    private readonly ReviewEdit[] _edits = edits.ToArray();

    public IEnumerable<ReviewEdit> ReadEdits() => _edits;
}
