using SopIngest.Ocr.Cleanup;

namespace SopIngest.Ocr.Tests.Tables;

/// <summary>Rules as the clean-up finds them, 4 px thick, for grid tests.</summary>
internal static class Rulings
{
    public static PixelRuling H(double y, double from, double to) => new(true, y, from, to, 4);

    public static PixelRuling V(double x, double from, double to) => new(false, x, from, to, 4);
}
