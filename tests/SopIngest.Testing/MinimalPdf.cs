using System.Text;

namespace SopIngest.Testing;

/// <summary>
/// Hand-writes a tiny one-page PDF with a correct cross-reference table, for inputs PdfPig's writer cannot
/// produce (an /Encrypt dictionary in the trailer).
/// </summary>
public static class MinimalPdf
{
    private const string Content = "BT /F1 12 Tf 50 700 Td (Hello) Tj ET";

    /// <summary>Encrypted with the standard handler and a user password nobody knows (O and U are made up).</summary>
    public static byte[] Encrypted() => Build(
        "/Encrypt 6 0 R /ID [<0123456789ABCDEF0123456789ABCDEF><0123456789ABCDEF0123456789ABCDEF>]",
        $"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{new string('A', 64)}> /U <{new string('B', 64)}> >>");

    public static byte[] Plain() => Build("");

    private static byte[] Build(string trailerExtra, params string[] extraObjects)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {Content.Length} >>\nstream\n{Content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            .. extraObjects,
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length); // ASCII only, so characters are bytes
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
