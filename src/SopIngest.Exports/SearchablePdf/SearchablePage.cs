using SopIngest.Core.Layout;

namespace SopIngest.Exports.SearchablePdf;

public enum ScanImageFormat
{
    Jpeg,
    Png,
}

/// <summary>
/// One page of a searchable PDF: the scan image (covering the whole page) and the page's layout, whose
/// coordinates are page units, y down. <paramref name="PointsPerUnit"/> turns them into PDF points
/// (1 when the layout came from a PDF; 72/dpi for a layout measured in image pixels).
/// </summary>
public sealed record SearchablePage(byte[] Image, ScanImageFormat Format, LayoutPage Layout, double PointsPerUnit = 1);
