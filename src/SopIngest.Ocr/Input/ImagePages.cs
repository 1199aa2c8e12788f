using OpenCvSharp;
using SopIngest.Extraction.Reading;
using SopIngest.Ocr.Reading;
using SopIngest.Ocr.Recognition;

namespace SopIngest.Ocr.Input;

/// <summary>PNG, JPEG and (multi-page) TIFF files as page jobs; sizes are checked from the header before any decoding.</summary>
internal static class ImagePages
{
    public static IReadOnlyList<PageJob> FromBytes(byte[] data, string name, OcrReaderOptions options)
    {
        var kind = ImageHeader.Sniff(data);
        var sizes = ImageHeader.Sizes(data);
        if (sizes.Count == 0 || sizes.Any(s => s.Width <= 0 || s.Height <= 0))
            throw new UnreadableDocumentException($"the {Describe(kind)} {name} is corrupt or truncated: its header gives no image size");
        if (sizes.Count > options.MaxPages)
            throw new UnreadableDocumentException($"the TIFF {name} has {sizes.Count} pages, more than the {options.MaxPages} accepted", sizes.Count);
        foreach (var (w, h) in sizes) CheckPixels(w, h, name, options);
        if (kind != InputKind.Tiff || sizes.Count == 1)
            return [PageJob.Image(name, number => Decode(data, name, kind, number))];
        // OpenCV decodes multi-page TIFFs only from a file and all at once; the pages are shared by the jobs.
        var pages = new Lazy<Mat[]>(() => DecodeTiff(data, name), LazyThreadSafetyMode.ExecutionAndPublication);
        return Enumerable.Range(0, sizes.Count)
            .Select(i => PageJob.Image($"{name} page {i + 1}", number =>
            {
                var mats = pages.Value;
                if (i >= mats.Length || mats[i].Empty())
                    throw new UnreadableDocumentException($"page {i + 1} of the TIFF {name} could not be decoded");
                var mat = mats[i];
                mats[i] = new Mat();
                return new PageImage(number, mat, PageImage.EstimateDpi(mat.Width, mat.Height), 1);
            }))
            .ToList();
    }

    public static void CheckPixels(long width, long height, string name, OcrReaderOptions options)
    {
        if (width * height > options.MaxPixels)
            throw new UnreadableDocumentException(
                $"{name} is {width}×{height} pixels ({width * height / 1_000_000.0:0.#} megapixels), above the limit of "
                + $"{options.MaxPixels / 1_000_000.0:0.#} megapixels; scan at 300 dpi or raise the limit");
    }

    private static PageImage Decode(byte[] data, string name, InputKind kind, int number)
    {
        var gray = Cv2.ImDecode(data, ImreadModes.Grayscale);
        if (gray.Empty())
        {
            gray.Dispose();
            throw new UnreadableDocumentException($"the {Describe(kind)} {name} is corrupt or truncated and could not be decoded");
        }
        return new PageImage(number, gray, PageImage.EstimateDpi(gray.Width, gray.Height), 1);
    }

    private static Mat[] DecodeTiff(byte[] data, string name)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"sopingest-{Guid.NewGuid():N}.tif");
        try
        {
            File.WriteAllBytes(temp, data);
            if (!Cv2.ImReadMulti(temp, out var mats, ImreadModes.Grayscale) || mats.Length == 0)
                throw new UnreadableDocumentException($"the TIFF image {name} is corrupt or truncated and could not be decoded");
            return mats;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    internal static string Describe(InputKind kind) => kind switch
    {
        InputKind.Png => "PNG image",
        InputKind.Jpeg => "JPEG image",
        InputKind.Tiff => "TIFF image",
        _ => kind.ToString(),
    };
}
