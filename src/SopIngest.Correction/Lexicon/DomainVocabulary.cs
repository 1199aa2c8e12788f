namespace SopIngest.Correction.Lexicon;

/// <summary>
/// Words of Indonesian government SOPs that <c>hunspell-id</c> lacks: abbreviations of offices and positions, SOP
/// section names, legal citation forms, month names. Written by hand from the seed exports; the corpus adds the rest.
/// </summary>
internal static class DomainVocabulary
{
    public static readonly IReadOnlyList<string> Abbreviations =
    [
        "SKPD", "LKIP", "LKjIP", "Renja", "Renstra", "PPID", "SP4N", "Kasubag", "Kasubbag", "Kabag", "Kabid", "Kadis", "Kasi",
        "Kasie", "Kasubid", "Sekdis", "Sekda", "Setda", "Sekdes", "UPTD", "UPT", "OPD", "PD", "ASN", "PNS", "CPNS", "PPPK", "NIP",
        "NIK", "SK", "SOP", "AP", "DIPA", "DPA", "DPPA", "RKA", "RKPD", "RPJMD", "RPJMN", "LPPD", "LKPJ", "LKj", "SPM", "SPP",
        "SPT", "SPK", "SPPD", "ATK", "TU", "UP", "GU", "LS", "KGB", "Karpeg", "Taspen", "TASPEN", "BKD", "BKN", "BKPSDM",
        "Bappeda", "BAPPEDA", "Pergub", "Perbup", "Perwali", "Perda", "Permen", "Permendagri", "PermenPAN", "Perpres",
        "PP", "UU", "UUD", "Raperda", "Juklak", "Juknis", "Anjab", "ABK", "Bimtek", "Tupoksi", "Monev", "Satgas", "Diklat",
        "Kesra", "Sosbud", "PTSP", "UMKM", "UKM", "KUKM", "SDM", "SLTA", "SMA", "SMK", "PKL", "UMP", "UMK", "PHI", "TNI",
        "Polri", "APBD", "APBN", "DPRD", "BPK", "BPKP", "KIB", "KIR", "BMD", "BKU", "PPK", "PPTK", "PA", "KPA", "RAB", "TOR",
        "KAK", "Disnaker", "Nakertrans", "Disdik", "Dinkes", "Perindagkop", "Kopnakertrans", "Diskopnakertrans", "Pemprov",
        "Pemkot", "Pemkab", "Kemendagri", "KemenPAN", "RB", "IKM", "SKM", "SPIP", "SAKIP", "LHKPN", "LHKASN", "SIPKD",
        "SIMPEG", "Simpeg", "e-KGB", "NPWP", "SPJ", "LPJ", "BAST", "MoU", "PKS", "Kab", "Kota", "Prov", "Kaltim", "Jatim",
        "NTT", "NTB", "RI", "yg", "dgn", "dg", "dr", "kpd", "sbg", "utk", "dll", "dsb", "dst", "tsb", "ttd", "Tk", "Th", "No",
        "Bln", "bln", "Jl", "Tgl", "Ket", "Lamp", "Hal", "Ms", "Dra", "Drs", "Dr", "Ir", "Hj", "Bpk",
    ];

    /// <summary>Words used in SOPs and their legal bases that the general dictionary misses.</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "Nomor", "Tahun", "Pasal", "ayat", "huruf", "angka", "Lembaran", "Negara", "Tambahan", "Berita", "Daerah",
        "Undang", "perundang", "undangan", "tentang", "Kelengkapan", "Keterangan", "Keterkaitan", "Peralatan",
        "Perlengkapan", "Pencatatan", "Pendataan", "Peringatan", "Kualifikasi", "Pelaksana", "Mutu", "Baku", "Waktu",
        "Output", "Input", "Disahkan", "Kegiatan", "softcopy", "hardcopy", "notulen", "notulensi", "monitoring",
        "evaluasi", "verifikasi", "validasi", "disposisi", "fasilitasi", "finalisasi", "akuntabilitas", "kearsipan",
        "arsiparis", "inaktif", "ketenagakerjaan", "ketransmigrasian", "kewirausahaan", "pemagangan", "kepegawaian",
        "kesekretariatan", "subbagian", "Walikota", "Bupati", "Gubernur", "Januari", "Februari", "Maret", "April", "Mei",
        "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember", "ijin", "perijinan", "telpon",
        "faximile", "email", "website", "online", "printer", "scanner", "komputer", "laptop", "flashdisk", "draft", "draf",
    ];

    public static readonly IReadOnlySet<string> Months = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Januari", "Februari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "Nopember", "November", "Desember", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Agu", "Agt", "Ags", "Sep", "Okt",
        "Nov", "Des",
    };

    /// <summary>Titles written before a person's name; the words after them up to a comma are a name and are never corrected.</summary>
    public static readonly IReadOnlySet<string> Honorifics = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "H", "Hj", "Dr", "Dra", "Drs", "Ir", "Prof", "Bpk", "Bapak", "Ibu", "Sdr", "Sdri", "Ny", "Tn",
    };

    /// <summary>Words that introduce an identity number; the next tokens are protected.</summary>
    public static readonly IReadOnlySet<string> IdentityLabels = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "NIP", "NIK", "NRP", "NPWP", "NUPTK",
    };
}
