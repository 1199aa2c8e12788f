using System.Globalization;

namespace SopIngest.Synth.Composing;

/// <summary>How one agency's template prints an SOP: the variety between files.</summary>
internal sealed record PageStyle(
    int FontFamily,
    double FontSize,
    double RuleWidth,
    double ShapeLineWidth,
    byte? HeaderShade,
    double Padding,
    double KegiatanShare,
    double MutuShare,
    bool ColumnNumbers,
    string ListMarker,
    string BulletMarker,
    int DateFormat,
    bool NipSpaced,
    double PageWidth,
    double PageHeight,
    string RequirementsHeader,
    double RowMinHeight)
{
    public const double Margin = 30;

    public static PageStyle Random(Random rng)
    {
        var f4 = rng.NextDouble() < 0.3;
        return new PageStyle(
            FontFamily: rng.Next(4),
            FontSize: 7 + rng.Next(4) * 0.5,
            RuleWidth: 0.5 + rng.Next(4) * 0.25,
            ShapeLineWidth: 0.6 + rng.Next(3) * 0.3,
            HeaderShade: rng.NextDouble() switch { < 0.4 => null, < 0.7 => (byte)235, _ => (byte)215 },
            Padding: 2 + rng.Next(3),
            KegiatanShare: 0.19 + rng.NextDouble() * 0.06,
            MutuShare: 0.30 + rng.NextDouble() * 0.06,
            ColumnNumbers: rng.NextDouble() < 0.85,
            ListMarker: rng.Next(3) switch { 0 => "1.", 1 => "a.", _ => "-" },
            BulletMarker: rng.Next(2) == 0 ? "-" : "•",
            DateFormat: rng.Next(3),
            NipSpaced: rng.NextDouble() < 0.7,
            PageWidth: f4 ? 935 : 842,
            PageHeight: f4 ? 609 : 595,
            RequirementsHeader: rng.NextDouble() < 0.7 ? "Kelengkapan" : "Persyaratan",
            // Some templates give every row generous room, so longer tables continue on a second page.
            RowMinHeight: rng.NextDouble() < 0.5 ? 38 : 48 + rng.Next(3) * 6);
    }

    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public string Date(DateOnly? date) => date switch
    {
        null => "-",
        { } d when DateFormat == 0 => $"{d.Day} {Months[d.Month - 1]} {d.Year}",
        { } d when DateFormat == 1 => d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        { } d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
    };

    public string Nip(string digits) =>
        NipSpaced && digits.Length == 18 ? $"NIP. {digits[..8]} {digits[8..14]} {digits[14..15]} {digits[15..]}" : $"NIP. {digits}";

    public string Marker(int index) => ListMarker switch
    {
        "1." => $"{index + 1}.",
        "a." => $"{(char)('a' + index % 26)}.",
        _ => "-",
    };
}
