using System.Text.RegularExpressions;

namespace SopIngest.Extraction.Records;

/// <summary>
/// Recognises identity keys and section headings as agencies print them, OCR slips included
/// (<c>Di Sahkan Oleh</c>, <c>Tanggal Penrubahan</c>, <c>Nama SOP</c> holding a number).
/// </summary>
internal static partial class IdentityVocabulary
{
    public static IdentityField? Field(string key)
    {
        var k = Normalize(key);
        if (NumberKey().IsMatch(k)) return IdentityField.Number;
        if (TitleKey().IsMatch(k)) return IdentityField.Title;
        if (ApprovalKey().IsMatch(k)) return IdentityField.Approval;
        if (!DateKey().IsMatch(k)) return null;
        if (Regex.IsMatch(k, "revisi|perbaikan|perubahan|penrubahan")) return IdentityField.Revised;
        if (Regex.IsMatch(k, "efektif|pengesahan|berlaku|validasi|kevalidan")) return IdentityField.Effective;
        if (Regex.IsMatch(k, "pembuatan|dibuat|penetapan|penyusunan")) return IdentityField.Created;
        return IdentityField.UnknownDate;
    }

    public static SectionKind? Section(string heading)
    {
        var k = Normalize(heading);
        if (k.Length > 45) return null;
        if (k.StartsWith("dasar hukum")) return SectionKind.LegalBasis;
        if (k.StartsWith("kualifikasi")) return SectionKind.Qualifications;
        if (k.StartsWith("keterkaitan")) return SectionKind.RelatedSops;
        if (k.StartsWith("peralatan") || k.StartsWith("perlengkapan") || k.StartsWith("sarana")) return SectionKind.Equipment;
        if (k.StartsWith("peringatan")) return SectionKind.Warnings;
        if (k.StartsWith("pencatatan") || k.StartsWith("pendataan")) return SectionKind.RecordKeeping;
        return null;
    }

    /// <summary>"Nama SOP Pendokumentasian …": a key and its value run together in one cell or line.</summary>
    public static (IdentityField Field, string Value)? SplitKeyAndValue(string text)
    {
        var m = KeyWithValue().Match(text.Trim());
        return m.Success && Field(m.Groups["key"].Value) is { } field ? (field, m.Groups["value"].Value.Trim()) : null;
    }

    /// <summary>Letters, digits and single spaces, lower case: what keys are compared on.</summary>
    public static string Normalize(string text) =>
        Spaces().Replace(NonWord().Replace(text.ToLowerInvariant(), " "), " ").Trim();

    [GeneratedRegex(@"^(?<key>(?:nama|judul|nomor|no\.?)\s*SOP|(?:tanggal|tgl\.?)\s+\w+|di\s?sahkan\s+oleh)\s*:?\s+(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyWithValue();

    [GeneratedRegex(@"^(nomor|no|nomer) ?sop\b")]
    private static partial Regex NumberKey();

    [GeneratedRegex(@"^(nama|judul) ?sop\b")]
    private static partial Regex TitleKey();

    [GeneratedRegex(@"^(di ?sahkan|di ?saksikan|di ?tetapkan|disyahkan|mengesahkan)|^\w+ oleh$")]
    private static partial Regex ApprovalKey();

    [GeneratedRegex(@"^(tanggal|tgl) \w+")]
    private static partial Regex DateKey();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
