using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Records;

/// <summary>
/// How a procedure table is laid out: the actor columns (Pelaksana) between Kegiatan and Mutu Baku,
/// and the row where the steps begin. Continuation tables without a header reuse the previous layout.
/// </summary>
internal sealed record ProcedureLayout(IReadOnlyList<string> Actors, int FirstActorColumn)
{
    private static readonly string[] MutuHeadings = ["kelengkapan", "persyaratan", "waktu", "output", "keluaran", "keterangan", "ketara"];

    public int MutuColumn => FirstActorColumn + Actors.Count;

    /// <summary>True for a table that has a procedure header (No, Kegiatan) in its first rows.</summary>
    public static bool IsProcedureTable(Table table) => HeaderRow(table) >= 0;

    /// <summary>Index of the header row holding "No" and "Kegiatan", or -1.</summary>
    public static int HeaderRow(Table table)
    {
        for (var r = 0; r < Math.Min(3, table.RowCount); r++)
        {
            var cells = table.Row(r).Select(c => IdentityVocabulary.Normalize(c.Text)).ToList();
            if (cells.Count > 3 && cells[0].StartsWith("no") && cells.Take(3).Any(c => c.Contains("kegiatan")))
                return r;
        }
        return -1;
    }

    /// <summary>Reads actors from the header; returns the layout and the first data row.</summary>
    public static (ProcedureLayout Layout, int FirstDataRow) FromHeader(Table table, int headerRow)
    {
        var hasSubHeader = headerRow + 1 < table.RowCount && !StartsWithNumber(table.Row(headerRow + 1));
        // Cells are placed by column: in ruled grids No and Kegiatan span both header rows.
        var names = table.Row(hasSubHeader ? headerRow + 1 : headerRow).Where(c => c.Column >= 2).Select(c => c.Text);
        var actors = names
            .Where(n => n.Length > 0 && !IsMutuHeading(n) && !IsGroupHeading(n))
            .Select(n => ListItems.Fold(n))
            .ToList();
        return (new ProcedureLayout(actors, 2), headerRow + (hasSubHeader ? 2 : 1));
    }

    /// <summary>The row of column numbers (1 2 3 … 10) printed under some headers.</summary>
    public static bool IsColumnNumberRow(IReadOnlyList<TableCell> row)
    {
        // Printed as 1 2 3 … 10, but OCR loses, misreads ("1" as ":" or "i"), repeats and splits numbers: a row of
        // short tokens (merged cells hold several), most of them small numbers mostly going up (sources misnumber too), is enough.
        var tokens = row.SelectMany(c => c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(t => t.TrimEnd('.')).ToList();
        if (tokens.Count < 4 || tokens.Any(t => t.Length > 3)) return false;
        var numbers = tokens.Select(t => int.TryParse(t, out var n) ? n : -1).Where(n => n is >= 1 and <= 20).ToList();
        var rising = numbers.Zip(numbers.Skip(1)).Count(p => p.First < p.Second);
        return numbers.Count >= 4 && numbers.Count >= 0.6 * tokens.Count && rising >= 0.7 * (numbers.Count - 1);
    }

    private static bool StartsWithNumber(IReadOnlyList<TableCell> row) =>
        row.Count > 0 && row[0].Column == 0 && row[0].Text.Length > 0 && char.IsDigit(row[0].Text[0]);

    private static bool IsMutuHeading(string text)
    {
        var k = IdentityVocabulary.Normalize(text);
        return k is "ket" or "ket." || MutuHeadings.Any(k.StartsWith);
    }

    private static bool IsGroupHeading(string text)
    {
        var k = IdentityVocabulary.Normalize(text);
        return k.StartsWith("pelaksana") || k.StartsWith("mutu") || k.StartsWith("materi") || k.Contains("kegiatan") || k == "no";
    }
}
