using SopIngest.Core.Records;
using SopIngest.Synth.Drawing;

namespace SopIngest.Synth.Composing;

/// <summary>
/// The procedure table on landscape pages: No, Kegiatan, one lane per actor (Pelaksana), Mutu Baku
/// (Kelengkapan, Waktu, Output) and Keterangan, the header repeated on every page with the column-number
/// row, and the swimlane flowchart drawn in the actor lanes (see <see cref="SwimlaneDrawer"/>).
/// Rows never split; a table that continues gets off-page connectors at the break.
/// </summary>
internal sealed class ProcedureTableComposer(Typesetter type, PageStyle style)
{
    public const double ConnectorReserve = 24;
    public const double IncomingRoom = 20;

    public IReadOnlyList<PagePlan> Compose(SopRecord record)
    {
        var grid = ColumnGrid.For(style, record.Actors.Count);
        var size = style.FontSize;
        var header = HeaderLayout.For(type, style, grid, record.Actors, size);
        var rows = record.Steps.Select(s => RowLayout.For(type, style, grid, s, size)).ToList();

        var available = style.PageHeight - 2 * PageStyle.Margin - header.Height - ConnectorReserve;
        var pages = new List<List<int>>();
        var current = new List<int>();
        double used = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var h = rows[i].Height + (current.Count == 0 && pages.Count > 0 ? IncomingRoom : 0);
            if (current.Count > 0 && used + h > available)
            {
                pages.Add(current);
                current = [];
                used = 0;
                h = rows[i].Height + IncomingRoom;
            }
            current.Add(i);
            used += h;
        }
        pages.Add(current);

        var plans = new List<PagePlan>();
        for (var p = 0; p < pages.Count; p++)
        {
            var pageRows = pages[p];
            var continued = p > 0;
            var breaksAfter = p < pages.Count - 1;
            var connectorIn = continued ? ((char)('A' + p - 1)).ToString() : null;
            var connectorOut = breaksAfter ? ((char)('A' + p)).ToString() : null;
            plans.Add(new PagePlan(style.PageWidth, style.PageHeight, c =>
                DrawPage(c, record, grid, header, rows, pageRows, connectorIn, connectorOut, size)));
        }
        return plans;
    }

    private void DrawPage(
        IPageCanvas c, SopRecord record, ColumnGrid grid, HeaderLayout header, IReadOnlyList<RowLayout> rows,
        IReadOnlyList<int> pageRows, string? connectorIn, string? connectorOut, double size)
    {
        var m = PageStyle.Margin;
        var top = m;
        header.Draw(c, type, style, grid, record.Actors, top, size);
        var y = top + header.Height;

        var placed = new Dictionary<int, (double Top, double Height)>();
        foreach (var i in pageRows)
        {
            var extra = i == pageRows[0] && connectorIn is not null ? IncomingRoom : 0;
            var h = rows[i].Height + extra;
            rows[i].Draw(c, style, grid, y, extra, size);
            c.Line(grid.Left, y + h, grid.Right, y + h, style.RuleWidth);
            placed[i] = (y, h);
            y += h;
        }
        var bottom = y;
        foreach (var x in grid.Edges) c.Line(x, top + header.Height, x, bottom, style.RuleWidth);
        c.Rect(grid.Left, top, grid.Right - grid.Left, bottom - top, style.RuleWidth * 1.4);

        new SwimlaneDrawer(style, grid, record, placed).Draw(c, pageRows, connectorIn, connectorOut, bottom);
    }
}

/// <summary>Column edges of the procedure table for one SOP's actor count.</summary>
internal sealed record ColumnGrid(double Left, double No, double Kegiatan, double Lane, int Lanes, double Requirements, double Waktu, double Output, double Notes)
{
    public double Right => Left + No + Kegiatan + Lane * Lanes + Requirements + Waktu + Output + Notes;

    public double KegiatanX => Left + No;

    public double LanesX => KegiatanX + Kegiatan;

    public double LaneX(int lane) => LanesX + lane * Lane;

    public double MutuX => LanesX + Lane * Lanes;

    public double WaktuX => MutuX + Requirements;

    public double OutputX => WaktuX + Waktu;

    public double NotesX => OutputX + Output;

    /// <summary>Inner vertical rules below the header, left to right.</summary>
    public IEnumerable<double> Edges =>
        new[] { KegiatanX, LanesX }.Concat(Enumerable.Range(1, Lanes - 1).Select(LaneX)).Concat([MutuX, WaktuX, OutputX, NotesX]);

    /// <summary>Leaf columns in order, for the column-number row.</summary>
    public IEnumerable<(double X, double W)> Leaves =>
        new[] { (Left, No), (KegiatanX, Kegiatan) }
            .Concat(Enumerable.Range(0, Lanes).Select(i => (LaneX(i), Lane)))
            .Concat([(MutuX, Requirements), (WaktuX, Waktu), (OutputX, Output), (NotesX, Notes)]);

    public static ColumnGrid For(PageStyle style, int lanes)
    {
        var total = style.PageWidth - 2 * PageStyle.Margin;
        var no = 20.0;
        var notes = total * 0.08;
        var kegiatan = total * style.KegiatanShare;
        var mutu = total * style.MutuShare;
        var lane = (total - no - notes - kegiatan - mutu) / lanes;
        if (lane < 42)
        {
            // Many actors: the text columns give up width to the lanes.
            var deficit = (42 - lane) * lanes;
            var share = kegiatan + mutu;
            kegiatan -= deficit * kegiatan / share;
            mutu -= deficit * mutu / share;
            lane = 42;
        }
        return new ColumnGrid(PageStyle.Margin, no, kegiatan, lane, lanes, mutu * 0.45, mutu * 0.2, mutu * 0.35, notes);
    }
}
