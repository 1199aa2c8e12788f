using SopIngest.Core.Records;
using SopIngest.Synth.Drawing;

namespace SopIngest.Synth.Composing;

/// <summary>One step's row: its wrapped cell texts and the height they and the flowchart shape need.</summary>
internal sealed record RowLayout(
    Step Step,
    IReadOnlyList<string> Activity,
    IReadOnlyList<(string Text, double Indent)> Requirements,
    IReadOnlyList<string> Waktu,
    IReadOnlyList<(string Text, double Indent)> Output,
    IReadOnlyList<string> Notes,
    double Height)
{
    public static RowLayout For(Typesetter type, PageStyle style, ColumnGrid g, Step step, double size)
    {
        var pad = style.Padding;
        var activity = type.Wrap(step.Activity, size, g.Kegiatan - 2 * pad);
        var requirements = Items(type, style, step.Requirements, size, g.Requirements - 2 * pad);
        var waktu = type.Wrap(step.Duration.Text, size, g.Waktu - 2 * pad);
        var output = Items(type, style, step.Output, size, g.Output - 2 * pad);
        var notes = type.Wrap(step.Notes, size, g.Notes - 2 * pad);
        var lines = new[] { activity.Count, requirements.Count, waktu.Count, output.Count, notes.Count }.Max();
        var room = step.Shape == StepShape.Decision ? style.RowMinHeight + 6 : style.RowMinHeight;
        return new RowLayout(step, activity, requirements, waktu, output, notes, Math.Max(Typesetter.Height(lines, size) + 2 * pad, room));
    }

    // A cell with several items prints them as a bulleted list; the truth joins them with "; ".
    private static IReadOnlyList<(string, double)> Items(Typesetter type, PageStyle style, string text, double size, double width)
    {
        var items = text.Split("; ", StringSplitOptions.RemoveEmptyEntries);
        return items.Length <= 1
            ? type.Wrap(text, size, width).Select(l => (l, 0.0)).ToList()
            : type.ListLines(items, _ => style.BulletMarker, size, width);
    }

    public void Draw(IPageCanvas c, PageStyle style, ColumnGrid g, double top, double extra, double size)
    {
        var pad = style.Padding;
        var y = top + pad;
        c.Text(Step.No.ToString(), g.Left + pad + 2, y + size, size);
        Typesetter.Draw(c, Activity, g.KegiatanX + pad, y, size);
        Typesetter.Draw(c, Requirements, g.MutuX + pad, y, size);
        Typesetter.Draw(c, Waktu, g.WaktuX + pad, y, size);
        Typesetter.Draw(c, Output, g.OutputX + pad, y, size);
        Typesetter.Draw(c, Notes, g.NotesX + pad, y, size);
    }
}
