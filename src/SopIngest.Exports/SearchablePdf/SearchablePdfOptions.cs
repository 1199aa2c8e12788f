namespace SopIngest.Exports.SearchablePdf;

/// <summary>How the invisible text layer is set.</summary>
public sealed record SearchablePdfOptions
{
    /// <summary>The largest font size (points) for a piece of text; tall estimated bands (a whole cell) keep to one line of this size.</summary>
    public double MaxFontSize { get; init; } = 12;

    /// <summary>Text smaller than this (points) is left out: nothing a viewer could select.</summary>
    public double MinFontSize { get; init; } = 1;

    /// <summary>The page size (points) used when a layout has no size: A4 landscape, as the SOP AP tables print.</summary>
    public (double Width, double Height) FallbackPageSize { get; init; } = (842, 595);
}
