using SopIngest.Synth.Drawing;

namespace SopIngest.Synth.Composing;

/// <summary>The procedure table's header: merged Pelaksana and Mutu Baku cells, actor names, column numbers.</summary>
internal sealed record HeaderLayout(double Row1, double Row2, double Numbers, IReadOnlyList<IReadOnlyList<string>> ActorLines)
{
    public double Height => Row1 + Row2 + Numbers;

    public static HeaderLayout For(Typesetter type, PageStyle style, ColumnGrid grid, IReadOnlyList<string> actors, double size)
    {
        var lead = Typesetter.Leading(size);
        var pad = style.Padding;
        var actorLines = actors.Select(a => type.Wrap(a, size, grid.Lane - 2 * pad, bold: true)).ToList();
        var row2 = Math.Max(1, actorLines.Max(l => l.Count)) * lead + 2 * pad;
        return new HeaderLayout(lead + 2 * pad, row2, style.ColumnNumbers ? lead + 2 * pad : 0, actorLines);
    }

    public void Draw(IPageCanvas c, Typesetter type, PageStyle style, ColumnGrid g, IReadOnlyList<string> actors, double top, double size)
    {
        var lead = Typesetter.Leading(size);
        var rule = style.RuleWidth;
        var bottom12 = top + Row1 + Row2;
        if (style.HeaderShade is { } shade) c.FillRect(g.Left, top, g.Right - g.Left, Row1 + Row2, shade);

        void Centered(string text, double x, double w, double y, double h) =>
            type.DrawCentered(c, [text], x, w, y + (h - lead) / 2, size, bold: true);

        Centered("No", g.Left, g.No, top, Row1 + Row2);
        Centered("Kegiatan", g.KegiatanX, g.Kegiatan, top, Row1 + Row2);
        Centered("Pelaksana", g.LanesX, g.Lane * g.Lanes, top, Row1);
        Centered("Mutu Baku", g.MutuX, g.Requirements + g.Waktu + g.Output, top, Row1);
        Centered("Keterangan", g.NotesX, g.Notes, top, Row1 + Row2);
        for (var i = 0; i < actors.Count; i++)
        {
            var lines = ActorLines[i];
            type.DrawCentered(c, lines, g.LaneX(i), g.Lane, top + Row1 + (Row2 - lines.Count * lead) / 2, size, bold: true);
        }
        Centered(style.RequirementsHeader, g.MutuX, g.Requirements, top + Row1, Row2);
        Centered("Waktu", g.WaktuX, g.Waktu, top + Row1, Row2);
        Centered("Output", g.OutputX, g.Output, top + Row1, Row2);

        c.Line(g.LanesX, top + Row1, g.NotesX, top + Row1, rule);
        foreach (var x in new[] { g.KegiatanX, g.LanesX, g.MutuX, g.NotesX }) c.Line(x, top, x, bottom12, rule);
        foreach (var x in Enumerable.Range(1, g.Lanes - 1).Select(g.LaneX).Concat([g.WaktuX, g.OutputX])) c.Line(x, top + Row1, x, bottom12, rule);
        c.Line(g.Left, bottom12, g.Right, bottom12, rule * 1.5);

        if (Numbers > 0)
        {
            var n = 1;
            foreach (var (x, w) in g.Leaves)
            {
                type.DrawCentered(c, [(n++).ToString()], x, w, bottom12 + (Numbers - lead) / 2, size * 0.9);
                c.Line(x, bottom12, x, bottom12 + Numbers, rule);
            }
            c.Line(g.Left, bottom12 + Numbers, g.Right, bottom12 + Numbers, rule);
        }
    }
}
