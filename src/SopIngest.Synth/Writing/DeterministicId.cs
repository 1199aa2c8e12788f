using System.Security.Cryptography;
using System.Text;

namespace SopIngest.Synth.Writing;

/// <summary>
/// PdfPig's writer puts random GUIDs in the trailer's <c>/ID</c>; a scan set must be the same bytes for the
/// same seed, so the two ids are overwritten in place (same length, no offsets move) with a hash of a key.
/// </summary>
internal static class DeterministicId
{
    public static byte[] Apply(byte[] pdf, string key)
    {
        var marker = Encoding.ASCII.GetBytes("/ID");
        var at = pdf.AsSpan().LastIndexOf(marker);
        if (at < 0) return pdf;
        var id = Encoding.ASCII.GetBytes(Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(key))));
        var i = at;
        for (var replaced = 0; replaced < 2 && i < pdf.Length; i++)
        {
            if (pdf[i] != '<') continue;
            var end = Array.IndexOf(pdf, (byte)'>', i);
            if (end < 0 || end - i - 1 != id.Length) return pdf;
            id.CopyTo(pdf, i + 1);
            replaced++;
            i = end;
        }
        return pdf;
    }
}
