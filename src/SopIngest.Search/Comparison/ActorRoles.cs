using System.Text.RegularExpressions;

namespace SopIngest.Search.Comparison;

/// <summary>
/// Maps an actor column header to its role, so "Kasubag Kepeg dan Umum", "Kasubag Umum" and
/// "Kepala Sub Bagian Umum" line up across agencies. Rules in order; the first that matches wins.
/// </summary>
public static partial class ActorRoles
{
    private static readonly (Regex Pattern, string Role)[] Rules =
    [
        (new(@"\b(kepala dinas|kadis|ka\.? ?dinas)\b"), "Kepala Dinas"),
        (new(@"\b(kepala (sub ?bagian|subbag)|kasu?bb?ag|kasubbag)\b"), "Kepala Sub Bagian"),
        (new(@"\b(kepala bagian|kabag)\b"), "Kepala Bagian"),
        (new(@"\b(kepala bidang|kabid)\b"), "Kepala Bidang"),
        (new(@"\b(kepala seksi|kasie?)\b"), "Kepala Seksi"),
        (new(@"\b(kepala upt|kepala uptd)\b"), "Kepala UPTD"),
        (new(@"\b(sekretaris|sekdis)\b"), "Sekretaris"),
        (new(@"\bbendahara\b"), "Bendahara"),
        (new(@"\b(pejabat|pptk|ppk)\b"), "Pejabat Pelaksana"),
        (new(@"\b(pengelola|pengadm|pengadministrasi|staf|staff|pelaksana|operator|analis|arsiparis|petugas|fungsional)"), "Pelaksana"),
        (new(@"\b(pns|asn|pegawai)\b"), "Pegawai"),
        (new(@"\b(kepala)\b"), "Kepala"),
    ];

    public static string Role(string actor)
    {
        var text = Regex.Replace(actor.ToLowerInvariant(), @"\s+", " ").Trim();
        foreach (var (pattern, role) in Rules)
            if (pattern.IsMatch(text)) return role;
        return actor.Trim();
    }
}
