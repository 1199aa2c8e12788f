using System.IO.MemoryMappedFiles;
using OpenCvSharp;
using SopIngest.Extraction.Reading;
using SopIngest.Ocr.Reading;
using SopIngest.Ocr.Recognition;

namespace SopIngest.Ocr.Input;

/// <summary>
/// PNG, JPEG and (multi-page) TIFF files as page jobs; sizes are checked from the header before any decoding,
/// and a page's pixels are read from the file only when the page is read.
/// </summary>
internal static class ImagePages
{
    public static IReadOnlyList<PageJob> FromFile(string path, string name, OcrReaderOptions options, ReadScope scope)
    {
        var (kind, sizes) = Header(path);
        if (sizes.Count == 0 || sizes.Any(s => s.Width <= 0 || s.Height <= 0))
            throw new UnreadableDocumentException($"the {Describe(kind)} {name} is corrupt or truncated: its header gives no image size");
        if (sizes.Count > options.MaxPages)
            throw new UnreadableDocumentException($"the TIFF {name} has {sizes.Count} pages, more than the {options.MaxPages} accepted", sizes.Count);
        foreach (var (w, h) in sizes) CheckPixels(w, h, name, options);
        if (kind != InputKind.Tiff || sizes.Count == 1)
            return [new PageJob(name, number => PageInput.Scan(Decode(File.ReadAllBytes(path), name, kind, number)))];
        var pages = scope.Add(new TiffPages(path, name));
        return Enumerable.Range(0, sizes.Count)
            .Select(i => new PageJob($"{name} page {i + 1}", number => PageInput.Scan(pages.Take(i, number))))
            .ToList();
    }

    /// <summary>
    /// The file's kind and its pages' sizes, read through a memory map: a TIFF's directories are spread through the
    /// file, and a long one read whole for each page job was copied again every time.
    /// </summary>
    private static unsafe (InputKind Kind, IReadOnlyList<(long Width, long Height)> Sizes) Header(string path)
    {
        var length = new FileInfo(path).Length;
        if (length == 0) return (InputKind.Unknown, []);
        using var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        try
        {
            var data = new ReadOnlySpan<byte>(start + view.PointerOffset, (int)Math.Min(length, int.MaxValue));
            return (ImageHeader.Sniff(data), ImageHeader.Sizes(data));
        }
        finally
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
        }
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
        // In its own colours: colour is the clue to a stamp's ink (PageColour).
        var decoded = Cv2.ImDecode(data, ImreadModes.AnyColor);
        if (decoded.Empty())
        {
            decoded.Dispose();
            throw new UnreadableDocumentException($"the {Describe(kind)} {name} is corrupt or truncated and could not be decoded");
        }
        return PageImage.FromDecoded(number, decoded, PageImage.EstimateDpi(decoded.Width, decoded.Height), 1, data);
    }

    internal static string Describe(InputKind kind) => kind switch
    {
        InputKind.Png => "PNG image",
        InputKind.Jpeg => "JPEG image",
        InputKind.Tiff => "TIFF image",
        _ => kind.ToString(),
    };

    /// <summary>
    /// A multi-page TIFF's pages, each decoded when it is read (<see cref="TiffPage"/>). Without Leptonica, OpenCV
    /// decodes them all at the first request, and pages never taken are freed with the document.
    /// </summary>
    private sealed class TiffPages(string path, string name) : IDisposable
    {
        private readonly Lock _gate = new();
        private Mat[]? _mats;

        public PageImage Take(int index, int number)
        {
            var mat = TiffPage.Available ? TiffPage.Read(path, index) : TakeDecoded(index);
            if (mat is null || mat.Empty())
            {
                mat?.Dispose();
                throw new UnreadableDocumentException($"page {index + 1} of the TIFF {name} could not be decoded");
            }
            return PageImage.FromDecoded(number, mat, PageImage.EstimateDpi(mat.Width, mat.Height), 1);
        }

        private Mat? TakeDecoded(int index)
        {
            lock (_gate)
            {
                _mats ??= DecodeAll();
                if (index >= _mats.Length) return null;
                var mat = _mats[index];
                _mats[index] = new Mat();
                return mat;
            }
        }

        private Mat[] DecodeAll()
        {
            if (!Cv2.ImReadMulti(path, out var mats, ImreadModes.AnyColor) || mats.Length == 0)
                throw new UnreadableDocumentException($"the TIFF image {name} is corrupt or truncated and could not be decoded");
            return mats;
        }

        public void Dispose()
        {
            lock (_gate)
                foreach (var mat in _mats ?? [])
                    mat.Dispose();
        }
    }
}
