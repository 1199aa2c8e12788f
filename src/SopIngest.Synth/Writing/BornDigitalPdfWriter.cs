using SopIngest.Synth.Composing;
using SopIngest.Synth.Drawing;
using UglyToad.PdfPig.Writer;

namespace SopIngest.Synth.Writing;

/// <summary>A born-digital PDF: the same page plans drawn as vector rules and embedded TrueType text.</summary>
internal static class BornDigitalPdfWriter
{
    public static byte[] Write(IReadOnlyList<PagePlan> pages, FontSet fonts)
    {
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddTrueTypeFont(fonts.RegularBytes);
        var bold = builder.AddTrueTypeFont(fonts.BoldBytes);
        foreach (var plan in pages)
        {
            var page = builder.AddPage(plan.Width, plan.Height);
            plan.Draw(new PdfPageCanvas(page, regular, bold, plan.Width, plan.Height));
        }
        return builder.Build();
    }
}
