namespace SopIngest.Core.Records;

/// <summary>First and last page (1-based) of an SOP in its file; written as <c>[first, last]</c>.</summary>
public sealed record PageRange(int First, int Last)
{
    public PageRange Extend(int page) => new(Math.Min(First, page), Math.Max(Last, page));
}
