using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Pipeline;

/// <summary>One page as a page-by-page reading left it: its layout, or why it could not be read.</summary>
public sealed record PageReading(int Number, LayoutPage? Layout, string? Error)
{
    public static PageReading Read(LayoutPage layout) => new(layout.Number, layout, null);

    public static PageReading Unreadable(int number, string error) => new(number, null, error);
}
