using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Records;

/// <summary>Reads a procedure table's rows into the open SOP, or starts one when numbering restarts.</summary>
internal sealed class ProcedureTableReader(DocumentWalk walk)
{
    public void Read(int page, Table table)
    {
        var headerRow = ProcedureLayout.HeaderRow(table);
        var (layout, firstRow) = headerRow >= 0
            ? ProcedureLayout.FromHeader(table, headerRow)
            : (walk.Current!.Layout!, 0);
        var rows = Enumerable.Range(firstRow, Math.Max(0, table.RowCount - firstRow))
            .Select(table.Row)
            .Where(r => r.Any(c => !c.IsEmpty) && !ProcedureLayout.IsColumnNumberRow(r) && !IsRepeatedHeader(table, r))
            .Select(r => StepRow.Read(r, layout, table))
            .ToList();

        var draft = walk.Current;
        var firstNo = rows.FirstOrDefault()?.No ?? 1;
        if (draft is null || draft.HasSteps && firstNo <= draft.LastStepNo)
            draft = walk.StartDraft(page);
        walk.CloseOpenText();
        draft.Layout ??= layout;
        foreach (var row in rows)
            Add(draft, InLanesOf(draft.Layout, layout, row));
        walk.Claim(page);
    }

    /// <summary>A row with no number and no Waktu or mark is the tail of the row above, wrapped by the page.</summary>
    private static void Add(SopDraft draft, StepRow row)
    {
        if (row.No is null && draft.Rows.Count > 0 && row.Duration.Text.Length == 0 && row.Marks.Count == 0)
        {
            var last = draft.Rows[^1];
            draft.Rows[^1] = last with
            {
                Activity = Join(last.Activity, row.Activity),
                Requirements = Join(last.Requirements, row.Requirements),
                Output = Join(last.Output, row.Output),
                Notes = Join(last.Notes, row.Notes),
            };
            return;
        }
        draft.Rows.Add(row.No is null ? row with { No = draft.LastStepNo + 1 } : row);
    }

    /// <summary>
    /// A table continued on the next page repeats its header, and OCR may read the lane names differently there
    /// ("Skepala Dinas"): the lanes keep the names the SOP's first header gave them.
    /// </summary>
    private static StepRow InLanesOf(ProcedureLayout first, ProcedureLayout page, StepRow row)
    {
        if (ReferenceEquals(first, page) || first.Actors.Count != page.Actors.Count) return row;
        var lanes = page.Actors.ToList();
        return row with { Marks = row.Marks.Select(m => (first.Actors[lanes.IndexOf(m.Actor)], m.Mark)).ToList() };
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;

    private static bool IsRepeatedHeader(Table table, IReadOnlyList<TableCell> row) =>
        row.Count > 0 && ProcedureLayout.HeaderRow(new Table(row.Select(c => c with { Row = 0 }).ToList())) == 0;
}
