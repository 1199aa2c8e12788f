using SopIngest.Core.Records;

namespace SopIngest.Synth.Composing;

/// <summary>
/// The regulation an SOP annex is attached to: a portrait page of Peraturan text (Menimbang, Mengingat,
/// Memutuskan) and a page listing the SOPs of the annex. Both are pages without an SOP: the truth's otherPages.
/// </summary>
internal sealed class RegulationComposer(Typesetter type, PageStyle style)
{
    private const double Width = 595;
    private const double Height = 842;
    private const double Margin = 60;

    public IReadOnlyList<(PagePlan Plan, string Text)> Compose(IReadOnlyList<SopRecord> sops, Random rng)
    {
        var first = sops[0];
        var office = first.Agency.Office.Length > 0 ? first.Agency.Office : "PERANGKAT DAERAH";
        var region = first.Agency.Government.Replace("PEMERINTAH ", "", StringComparison.OrdinalIgnoreCase);
        if (region.Length == 0) region = "KOTA BONTANG";
        var head = region.StartsWith("PROVINSI") ? "GUBERNUR" : region.StartsWith("KABUPATEN") ? "BUPATI" : "WALIKOTA";
        var year = first.Dates.Effective?.Year ?? first.Dates.Created?.Year ?? 2019;
        var number = 10 + rng.Next(80);

        var body = new List<(string Text, bool Bold, bool Center)>
        {
            ($"{head} {region}", true, true),
            ($"PERATURAN {head} {region}", true, true),
            ($"NOMOR {number} TAHUN {year}", true, true),
            ("TENTANG", true, true),
            ($"STANDAR OPERASIONAL PROSEDUR DI LINGKUNGAN {office}", true, true),
            ("DENGAN RAHMAT TUHAN YANG MAHA ESA", true, true),
            ($"{head} {region},", true, true),
            ("Menimbang : a. bahwa dalam rangka meningkatkan kualitas pelayanan publik dan tertib administrasi perlu disusun standar operasional prosedur;", false, false),
            ($"b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan {head} tentang Standar Operasional Prosedur di Lingkungan {office};", false, false),
        };
        var laws = sops.SelectMany(s => s.LegalBasis).Distinct().Take(4).ToList();
        if (laws.Count == 0) laws = ["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan"];
        body.Add(("Mengingat :", false, false));
        body.AddRange(laws.Select((l, i) => ($"{i + 1}. {l};", false, false)));
        body.Add(("MEMUTUSKAN:", true, true));
        body.Add(($"Menetapkan : PERATURAN {head} TENTANG STANDAR OPERASIONAL PROSEDUR DI LINGKUNGAN {office}.", false, false));
        body.Add(("Pasal 1", true, true));
        body.Add(("Standar Operasional Prosedur sebagaimana tercantum dalam Lampiran merupakan bagian tidak terpisahkan dari Peraturan ini.", false, false));
        body.Add(("Pasal 2", true, true));
        body.Add(("Peraturan ini mulai berlaku pada tanggal diundangkan.", false, false));

        var list = new List<(string Text, bool Bold, bool Center)>
        {
            ($"LAMPIRAN PERATURAN {head} {region}", true, false),
            ($"NOMOR {number} TAHUN {year}", false, false),
            ("DAFTAR STANDAR OPERASIONAL PROSEDUR", true, true),
        };
        list.AddRange(sops.Select((s, i) => ($"{i + 1}. {s.Title}", false, false)));

        return [Page(body), Page(list)];
    }

    private (PagePlan, string) Page(IReadOnlyList<(string Text, bool Bold, bool Center)> paragraphs)
    {
        var size = style.FontSize + 3;
        var lead = Typesetter.Leading(size);
        var width = Width - 2 * Margin;
        var laid = paragraphs.Select(p => (Lines: type.Wrap(p.Text, size, width, p.Bold), p.Bold, p.Center)).ToList();
        var text = string.Join("\n", laid.SelectMany(p => p.Lines));
        var plan = new PagePlan(Width, Height, c =>
        {
            var y = Margin;
            foreach (var (lines, bold, center) in laid)
            {
                if (center) type.DrawCentered(c, lines, Margin, width, y, size, bold);
                else Typesetter.Draw(c, lines, Margin, y, size, bold);
                y += lines.Count * lead + lead * 0.6;
            }
        });
        return (plan, text);
    }
}
