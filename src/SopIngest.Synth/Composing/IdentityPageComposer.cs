using SopIngest.Core.Records;
using SopIngest.Synth.Drawing;

namespace SopIngest.Synth.Composing;

/// <summary>
/// The first page of an SOP AP: agency header with the logo on the left, the key/value table (Nomor SOP,
/// dates, Disahkan oleh with room for signature and stamp, Nama SOP) on the right, then the six list
/// sections in two columns. The font shrinks until the block fits the page.
/// </summary>
internal sealed class IdentityPageComposer(Typesetter type, PageStyle style)
{
    private const double SignatureGap = 34;

    public PagePlan Compose(SopRecord record)
    {
        var size = style.FontSize + 0.5;
        while (size > 5.5 && Layout(record, size).Height > style.PageHeight - 2 * PageStyle.Margin) size -= 0.5;
        var layout = Layout(record, size);
        return new PagePlan(style.PageWidth, style.PageHeight, canvas => Draw(canvas, record, layout), layout.Signature,
            record.Agency.Office.Length > 0 ? record.Agency.Office : record.Agency.Government);
    }

    private sealed record Row(string Label, IReadOnlyList<string> Lines, bool Bold, double Height, bool Signature = false);

    private sealed record Section(string Heading, IReadOnlyList<(string Text, double Indent)> Lines);

    private sealed record IdentityLayout(
        double Size, double Left, double Right, double TopHeight,
        IReadOnlyList<string> HeaderLines, IReadOnlyList<Row> Rows,
        IReadOnlyList<(Section A, Section B, double Height)> Sections, double Height, Area Signature);

    private double LabelWidth => type.Fonts.Measure("Tanggal Pembuatan", style.FontSize + 0.5, bold: true) + 2 * style.Padding + 4;

    private IdentityLayout Layout(SopRecord r, double size)
    {
        var width = style.PageWidth - 2 * PageStyle.Margin;
        var left = width * 0.42;
        var right = width - left;
        var pad = style.Padding;
        var valueWidth = right - LabelWidth - 2 * pad;
        var lead = Typesetter.Leading(size);

        var header = new List<string>();
        if (r.Agency.Government.Length > 0) header.AddRange(type.Wrap(r.Agency.Government, size + 1.5, left - 20, bold: true));
        header.AddRange(type.Wrap(r.Agency.Office, size + 1.5, left - 20, bold: true));
        foreach (var unit in r.Agency.Units) header.AddRange(type.Wrap(unit, size + 1, left - 20, bold: true));

        Row Simple(string label, string value, bool bold = false)
        {
            var lines = type.Wrap(value.Length == 0 ? " " : value, size, valueWidth, bold);
            return new Row(label, lines, bold, Math.Max(1, lines.Count) * lead + 2 * pad);
        }

        var approval = type.Wrap(r.Approval.Position, size, valueWidth)
            .Append("\n").Concat(type.Wrap(r.Approval.Name, size, valueWidth, bold: true)).Append(style.Nip(r.Approval.Nip)).ToList();
        var rows = new List<Row>
        {
            Simple("Nomor SOP", r.Number),
            Simple("Tanggal Pembuatan", style.Date(r.Dates.Created)),
            Simple("Tanggal Revisi", style.Date(r.Dates.Revised)),
            Simple("Tanggal Efektif", style.Date(r.Dates.Effective)),
            new("Disahkan oleh", approval, false, (approval.Count - 1) * lead + SignatureGap + 2 * pad, Signature: true),
            Simple("Nama SOP", r.Title, bold: true),
        };
        var rowsHeight = rows.Sum(x => x.Height);
        var headerHeight = 64 + header.Count * Typesetter.Leading(size + 1.5) + 10;
        var topHeight = Math.Max(rowsHeight, headerHeight);
        // The last row takes up what the header needs beyond the rows.
        rows[^1] = rows[^1] with { Height = rows[^1].Height + (topHeight - rowsHeight) };

        var half = width / 2 - 2 * pad;
        Section S(string heading, IReadOnlyList<string> items) =>
            new(heading, type.ListLines(items, style.Marker, size, half));
        var pairs = new[]
        {
            (S("Dasar Hukum:", r.LegalBasis), S("Kualifikasi Pelaksana:", r.Qualifications)),
            (S("Keterkaitan:", r.RelatedSops), S("Peralatan/Perlengkapan:", r.Equipment)),
            (S("Peringatan:", r.Warnings), S("Pencatatan dan Pendataan:", r.RecordKeeping)),
        };
        var sections = pairs.Select(p => (p.Item1, p.Item2, (1 + Math.Max(p.Item1.Lines.Count, p.Item2.Lines.Count)) * lead + 2 * pad)).ToList();

        var signatureTop = PageStyle.Margin + rows.TakeWhile(x => !x.Signature).Sum(x => x.Height);
        var positionLines = type.Wrap(r.Approval.Position, size, valueWidth).Count;
        var signature = new Area(PageStyle.Margin + left + LabelWidth, signatureTop + pad + positionLines * lead, valueWidth, SignatureGap);
        return new IdentityLayout(size, left, right, topHeight, header, rows, sections, topHeight + sections.Sum(s => s.Item3), signature);
    }

    private void Draw(IPageCanvas c, SopRecord r, IdentityLayout l)
    {
        var m = PageStyle.Margin;
        var width = style.PageWidth - 2 * m;
        var pad = style.Padding;
        var rule = style.RuleWidth;
        var size = l.Size;
        var lead = Typesetter.Leading(size);

        // Header: logo, agency lines.
        DrawLogo(c, m + l.Left / 2, m + 8);
        type.DrawCentered(c, l.HeaderLines, m, l.Left, m + 66, size + 1.5, bold: true);

        // Key/value table.
        var x0 = m + l.Left;
        var y = m;
        foreach (var row in l.Rows)
        {
            if (style.HeaderShade is { } shade) c.FillRect(x0, y, LabelWidth, row.Height, (byte)Math.Min(250, shade + 15));
            c.Text(row.Label, x0 + pad, y + pad + size, size, bold: true);
            var vx = x0 + LabelWidth + pad;
            if (row.Signature)
            {
                var split = row.Lines.ToList().IndexOf("\n");
                Typesetter.Draw(c, row.Lines.Take(split), vx, y + pad, size);
                Typesetter.Draw(c, row.Lines.Skip(split + 1).Take(row.Lines.Count - split - 2), vx, y + pad + split * lead + SignatureGap, size, bold: true);
                Typesetter.Draw(c, [row.Lines[^1]], vx, y + pad + (row.Lines.Count - 2) * lead + SignatureGap, size);
            }
            else
            {
                Typesetter.Draw(c, row.Lines, vx, y + pad, size, row.Bold);
            }
            c.Line(x0, y + row.Height, x0 + l.Right, y + row.Height, rule);
            y += row.Height;
        }
        c.Rect(m, m, width, l.Height, rule * 1.4);
        c.Line(x0, m, x0, m + l.TopHeight, rule);
        c.Line(x0 + LabelWidth, m, x0 + LabelWidth, m + l.TopHeight, rule);

        // List sections.
        y = m + l.TopHeight;
        foreach (var (a, b, h) in l.Sections)
        {
            c.Line(m, y, m + width, y, rule);
            foreach (var (section, x) in new[] { (a, m), (b, m + width / 2) })
            {
                c.Text(section.Heading, x + pad, y + pad + size, size, bold: true);
                Typesetter.Draw(c, section.Lines, x + pad, y + pad + lead, size);
            }
            c.Line(m + width / 2, y, m + width / 2, y + h, rule);
            y += h;
        }
    }

    // A shield with a star and a ring: where an agency prints its coat of arms.
    private static void DrawLogo(IPageCanvas c, double cx, double top)
    {
        c.Polygon([(cx - 22, top), (cx + 22, top), (cx + 22, top + 30), (cx, top + 52), (cx - 22, top + 30)], 1.2);
        var ring = Enumerable.Range(0, 24).Select(i => (cx + 12 * Math.Cos(i * Math.PI / 12), top + 22 + 12 * Math.Sin(i * Math.PI / 12))).ToList();
        c.Polygon(ring, 0.8);
        var star = Enumerable.Range(0, 10).Select(i =>
        {
            var radius = i % 2 == 0 ? 8 : 3.2;
            var angle = -Math.PI / 2 + i * Math.PI / 5;
            return (cx + radius * Math.Cos(angle), top + 22 + radius * Math.Sin(angle));
        }).ToList();
        c.Polygon(star, 0.8);
        c.FillRect(cx - 14, top + 38, 28, 2, 60);
    }
}
