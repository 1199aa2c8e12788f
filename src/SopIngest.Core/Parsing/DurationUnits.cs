namespace SopIngest.Core.Parsing;

/// <summary>Minutes per time unit word as written in Mutu Baku "Waktu" cells.</summary>
internal static class DurationUnits
{
    private static readonly Dictionary<string, double> Minutes = new()
    {
        ["menit"] = 1, ["mnt"] = 1, ["mnit"] = 1, ["min"] = 1, ["mins"] = 1, ["minute"] = 1, ["minutes"] = 1,
        ["jam"] = 60, ["jm"] = 60, ["jarn"] = 60, ["hour"] = 60, ["hours"] = 60,
        // OCR runs "ri" together into "n": "1 han", "2 Hani".
        ["hari"] = 1440, ["hr"] = 1440, ["hri"] = 1440, ["har"] = 1440, ["harl"] = 1440, ["han"] = 1440, ["hani"] = 1440,
        ["day"] = 1440, ["days"] = 1440,
        ["minggu"] = 10080, ["mgg"] = 10080, ["mg"] = 10080, ["pekan"] = 10080, ["week"] = 10080, ["weeks"] = 10080,
        ["bulan"] = 43200, ["bln"] = 43200, ["bl"] = 43200, ["month"] = 43200, ["months"] = 43200,
        ["tahun"] = 525600, ["thn"] = 525600, ["th"] = 525600, ["year"] = 525600, ["years"] = 525600,
        ["detik"] = 1.0 / 60, ["dtk"] = 1.0 / 60, ["second"] = 1.0 / 60, ["seconds"] = 1.0 / 60,
    };

    // Fuzzy matching only for the long words: short ones ("hari"/"dari", "jam") collide with ordinary words.
    private static readonly string[] LongWords = ["menit", "minggu", "bulan", "tahun", "detik"];

    /// <summary>Minutes in one <paramref name="word"/> (lower case), or null when it is not a unit.</summary>
    public static double? Of(string word)
    {
        if (Minutes.TryGetValue(word, out var m)) return m;
        if (word.Length < 4) return null;
        foreach (var unit in LongWords)
            if (Fuzzy.WithinOneEdit(word, unit)) return Minutes[unit];
        return null;
    }
}
