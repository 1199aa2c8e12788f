using OpenCvSharp;
using SopIngest.Ocr.Input;

namespace SopIngest.Ocr.Tests.Input;

public sealed class TiffPageTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sopingest-test-{Guid.NewGuid():N}.tif");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Read_GivesEachPageAlone_PixelForPixelAsOpenCvDecodesTheWholeFile()
    {
        Assert.True(TiffPage.Available, "Leptonica (liblept5, installed with Tesseract) is missing");
        // Widths that are no multiple of 4: Leptonica pads its lines to whole 32-bit words.
        using var grey = Noise(new Size(333, 41), MatType.CV_8UC1);
        using var colour = Noise(new Size(101, 57), MatType.CV_8UC3);
        using var wide = Noise(new Size(1201, 9), MatType.CV_8UC1);
        Assert.True(Cv2.ImWrite(_path, [grey, colour, wide]));
        Assert.True(Cv2.ImReadMulti(_path, out var whole, ImreadModes.AnyColor));

        for (var i = 0; i < whole.Length; i++)
        {
            using var expected = whole[i];
            using var page = TiffPage.Read(_path, i);
            Assert.NotNull(page);
            Assert.Equal(expected.Type(), page.Type());
            Assert.Equal(expected.Size(), page.Size());
            Assert.Equal(0, Cv2.Norm(expected, page, NormTypes.INF));
        }
    }

    [Fact]
    public void Read_ABilevelPage_GivesBlackAndWhiteGrey()
    {
        // Archives are often scanned to 1 bit a pixel; OpenCV cannot write such a TIFF, so it is written here.
        File.WriteAllBytes(_path, BilevelTiff(16, [0xF0, 0x0F, 0x00, 0xFF]));

        using var page = TiffPage.Read(_path, 0);

        Assert.NotNull(page);
        Assert.Equal(MatType.CV_8UC1, page.Type());
        Assert.Equal(new Size(16, 2), page.Size());
        page.GetArray(out byte[] pixels);
        // WhiteIsZero: a set bit is black.
        byte[] expected = [.. Enumerable.Repeat((byte)0, 4), .. Enumerable.Repeat((byte)255, 8), .. Enumerable.Repeat((byte)0, 4),
            .. Enumerable.Repeat((byte)255, 8), .. Enumerable.Repeat((byte)0, 8)];
        Assert.Equal(expected, pixels);
    }

    [Fact]
    public void Read_OfAPagePastTheLast_OrAFileThatIsNoTiff_IsNull()
    {
        using var page = Noise(new Size(40, 30), MatType.CV_8UC1);
        Assert.True(Cv2.ImWrite(_path, [page]));
        var notTiff = _path + ".txt";
        File.WriteAllText(notTiff, "bukan gambar");
        try
        {
            Assert.Null(TiffPage.Read(_path, 1));
            Assert.Null(TiffPage.Read(notTiff, 0));
        }
        finally
        {
            File.Delete(notTiff);
        }
    }

    /// <summary>An uncompressed 1-bit TIFF, little-endian, one strip: header, nine IFD entries, then the rows.</summary>
    private static byte[] BilevelTiff(int width, byte[] rows)
    {
        var height = rows.Length / ((width + 7) / 8);
        (ushort Tag, ushort Type, uint Value)[] entries =
        [
            (256, 3, (uint)width), (257, 3, (uint)height), (258, 3, 1), (259, 3, 1), (262, 3, 0),
            (273, 4, 8 + 2 + 9 * 12 + 4), (277, 3, 1), (278, 3, (uint)height), (279, 4, (uint)rows.Length),
        ];
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("II"u8);
        writer.Write((ushort)42);
        writer.Write(8u);
        writer.Write((ushort)entries.Length);
        foreach (var (tag, type, value) in entries)
        {
            writer.Write(tag);
            writer.Write(type);
            writer.Write(1u);
            if (type == 3) { writer.Write((ushort)value); writer.Write((ushort)0); }
            else writer.Write(value);
        }
        writer.Write(0u);
        writer.Write(rows);
        return stream.ToArray();
    }

    private static Mat Noise(Size size, MatType type)
    {
        var image = new Mat(size, type);
        new RNG(1).Fill(image, DistributionType.Uniform, Scalar.All(0), Scalar.All(256));
        return image;
    }
}
