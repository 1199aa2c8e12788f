using System.Buffers.Binary;

namespace SopIngest.Ocr.Input;

/// <summary>The kinds of file the OCR reader takes, told from their first bytes.</summary>
internal enum InputKind { Unknown, Pdf, Png, Jpeg, Tiff, Zip }

/// <summary>
/// Reads image sizes from file headers without decoding pixels, so an oversized image is refused before
/// it is decompressed (a 30000×30000 page would need 900 MB as grey, 2.7 GB as colour).
/// </summary>
internal static class ImageHeader
{
    public static InputKind Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0x89, 0x50, 0x4E, 0x47, ..] => InputKind.Png,
        [0xFF, 0xD8, 0xFF, ..] => InputKind.Jpeg,
        [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => InputKind.Tiff,
        [0x50, 0x4B, 0x03, 0x04, ..] => InputKind.Zip,
        _ when head.IndexOf("%PDF"u8) >= 0 => InputKind.Pdf,
        _ => InputKind.Unknown,
    };

    /// <summary>Width and height of each page (one for PNG/JPEG, one per directory for TIFF); empty when unreadable.</summary>
    public static IReadOnlyList<(long Width, long Height)> Sizes(ReadOnlySpan<byte> data) => Sniff(data) switch
    {
        InputKind.Png when data.Length >= 24 =>
            [(BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]))],
        InputKind.Jpeg => JpegSize(data) is { } size ? [size] : [],
        InputKind.Tiff => TiffSizes(data),
        _ => [],
    };

    private static (long, long)? JpegSize(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF) { i++; continue; }
            var marker = data[i + 1];
            if (marker == 0xFF) { i++; continue; }
            if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7) { i += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            // Start-of-frame markers (all but DHT C4, JPG C8, DAC CC) carry the size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            i += 2 + length;
        }
        return null;
    }

    private static List<(long, long)> TiffSizes(ReadOnlySpan<byte> data)
    {
        var sizes = new List<(long, long)>();
        var little = data[0] == 0x49;
        uint U32(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        long offset = U32(data[4..]);
        var seen = new HashSet<long>();
        while (offset > 0 && offset + 2 <= data.Length && seen.Add(offset) && sizes.Count < 100_000)
        {
            var count = U16(data[(int)offset..]);
            long width = 0, height = 0;
            for (var e = 0; e < count; e++)
            {
                var at = (int)offset + 2 + e * 12;
                if (at + 12 > data.Length) return sizes;
                var tag = U16(data[at..]);
                var type = U16(data[(at + 2)..]);
                long value = type == 3 ? U16(data[(at + 8)..]) : U32(data[(at + 8)..]);
                if (tag == 256) width = value;
                else if (tag == 257) height = value;
            }
            sizes.Add((width, height));
            var next = (int)offset + 2 + count * 12;
            if (next + 4 > data.Length) break;
            offset = U32(data[next..]);
        }
        return sizes;
    }
}
