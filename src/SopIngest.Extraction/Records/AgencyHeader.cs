using System.Text.RegularExpressions;
using SopIngest.Core.Records;

namespace SopIngest.Extraction.Records;

/// <summary>The agency header printed above an SOP: government, office, then lower units top-down.</summary>
internal static partial class AgencyHeader
{
    /// <summary>True for a line that can belong to a header: short, mostly upper case, not a key or list item.</summary>
    public static bool IsHeaderLike(string line)
    {
        if (line.Length is 0 or > 120 || line.Contains(':') || ListItems.StartsWithMarker(line) || NotAgency().IsMatch(line))
            return false;
        var letters = line.Where(char.IsLetter).ToList();
        return letters.Count >= 3 && letters.Count(char.IsUpper) >= 0.8 * letters.Count;
    }

    /// <summary>
    /// A header whose printed lines were joined into one run (a PDF cell's wrapped lines, an OCR block)
    /// is split again where a government, office or unit name starts.
    /// </summary>
    public static IEnumerable<string> SplitRun(string text)
    {
        var parts = new List<string>();
        foreach (var part in UnitStart().Split(ListItems.Fold(text)).Where(p => p.Length > 0))
        {
            // "BIDANG SEKRETARIAT": a lone unit word names the unit that follows it, it is not a line of its own.
            if (parts.Count > 0 && !parts[^1].Contains(' '))
                parts[^1] += " " + part;
            else
                parts.Add(part);
        }
        return parts;
    }

    public static Agency Parse(IEnumerable<string> lines)
    {
        string government = "", office = "";
        var units = new List<string>();
        // The same header can reach a record twice (the lines above a table and its header cell): once is enough.
        foreach (var line in lines.SelectMany(SplitRun).Select(l => l.TrimEnd(',', '.')).Where(l => l.Length > 0).Distinct())
        {
            if (government.Length == 0 && Government().IsMatch(line))
                government = Government().Match(line).Groups[1].Success ? line : "PEMERINTAH " + line;
            else if (office.Length == 0 && Office().IsMatch(line))
                office = line;
            else if (office.Length > 0 || government.Length > 0)
                units.Add(line);
        }
        return new Agency(government, office, units);
    }

    [GeneratedRegex(@"^(PEMERINTAH\b|GUBERNUR\b|BUPATI\b|WALI ?KOTA\b)|^(KOTA|KABUPATEN|PROVINSI)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Government();

    [GeneratedRegex(@"^(DINAS|BADAN|KANTOR|INSPEKTORAT|SEKRETARIAT (DAERAH|DPRD)|SATUAN|RUMAH SAKIT|RSUD|KECAMATAN|KELURAHAN|UPTD?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Office();

    [GeneratedRegex(@"\s(?=(?:PEMERINTAH|DINAS|BADAN|BIDANG|SEKSI|SEKRETARIAT|SUB ?BAGIAN|UPTD?|KANTOR|INSPEKTORAT)\b)")]
    private static partial Regex UnitStart();

    [GeneratedRegex(@"^(STANDAR OPERASIONAL|SOP\b|LAMPIRAN|DAFTAR|NOMOR|TANGGAL|BERITA DAERAH|PERATURAN)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAgency();
}
