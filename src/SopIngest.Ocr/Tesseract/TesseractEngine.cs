using OpenCvSharp;

namespace SopIngest.Ocr.Tesseract;

/// <summary>A word as Tesseract saw it, in pixels of the image it was given, with its line and paragraph numbers.</summary>
internal sealed record RecognizedWord(string Text, Rect Box, double Confidence, int Line, int Paragraph);

/// <summary>
/// One libtesseract engine (one <c>TessBaseAPI</c>). Not thread-safe: each worker owns one and reuses it for
/// every page and cell it reads, because initialising the model costs far more than a cell.
/// </summary>
internal sealed class TesseractEngine : IDisposable
{
    /// <summary>Tesseract's page segmentation mode for one line of text.</summary>
    public const int SingleLineSegMode = 7;

    private IntPtr _handle;
    private bool _retryInverted = true;

    public TesseractEngine(TesseractOptions options)
    {
        OmpThreadLimit.Apply();
        _handle = TesseractApi.TessBaseAPICreate();
        if (TesseractApi.TessBaseAPIInit3(_handle, options.DataPath, options.Languages) != 0)
        {
            TesseractApi.TessBaseAPIDelete(_handle);
            _handle = IntPtr.Zero;
            throw new InvalidOperationException(
                $"Tesseract could not load the '{options.Languages}' model from {options.DataPath ?? "its default tessdata folder"}; "
                + "install tesseract-ocr-ind (scripts/install-deps)");
        }
        // Silence the per-image "Estimating resolution" chatter on stderr.
        TesseractApi.TessBaseAPISetVariable(_handle, "debug_file", "/dev/null");
    }

    public static string Version => TesseractApi.TakeStringNoFree(TesseractApi.TessVersion());

    /// <summary>
    /// Recognises the <paramref name="region"/> of an 8-bit grey image. Boxes come back in the image's pixels
    /// (region offset added back).
    /// </summary>
    /// <param name="retryInverted">
    /// Let the engine read a doubtful line again inverted: it rescues lone short labels (a step number "5" read as
    /// "2") but costs time on long text, where the line's other words already carry it.
    /// </param>
    public IReadOnlyList<RecognizedWord> Recognize(Mat gray, Rect region, int pageSegMode, int dpi, bool retryInverted = true)
    {
        ObjectDisposedException.ThrowIf(_handle == IntPtr.Zero, this);
        if (gray.Type() != MatType.CV_8UC1) throw new ArgumentException("Tesseract is given 8-bit grey images", nameof(gray));
        region &= new Rect(0, 0, gray.Width, gray.Height);
        if (region.Width < 3 || region.Height < 3) return [];
        var stride = (int)gray.Step();
        var origin = gray.Data + region.Y * stride + region.X;
        if (retryInverted != _retryInverted)
        {
            TesseractApi.TessBaseAPISetVariable(_handle, "tessedit_do_invert", retryInverted ? "1" : "0");
            _retryInverted = retryInverted;
        }
        TesseractApi.TessBaseAPISetPageSegMode(_handle, pageSegMode);
        TesseractApi.TessBaseAPISetImage(_handle, origin, region.Width, region.Height, 1, stride);
        TesseractApi.TessBaseAPISetSourceResolution(_handle, dpi);
        try
        {
            if (TesseractApi.TessBaseAPIRecognize(_handle, IntPtr.Zero) != 0) return [];
            return ReadWords(region.X, region.Y);
        }
        finally
        {
            TesseractApi.TessBaseAPIClear(_handle);
        }
    }

    /// <summary>Recognises one line of <paramref name="region"/> reading only the characters of <paramref name="allowed"/>.</summary>
    public IReadOnlyList<RecognizedWord> RecognizeOnly(string allowed, Mat gray, Rect region, int dpi)
    {
        ObjectDisposedException.ThrowIf(_handle == IntPtr.Zero, this);
        TesseractApi.TessBaseAPISetVariable(_handle, "tessedit_char_whitelist", allowed);
        try
        {
            return Recognize(gray, region, SingleLineSegMode, dpi, retryInverted: false);
        }
        finally
        {
            TesseractApi.TessBaseAPISetVariable(_handle, "tessedit_char_whitelist", "");
        }
    }

    private List<RecognizedWord> ReadWords(int dx, int dy)
    {
        var words = new List<RecognizedWord>();
        var iterator = TesseractApi.TessBaseAPIGetIterator(_handle);
        if (iterator == IntPtr.Zero) return words;
        try
        {
            var page = TesseractApi.TessResultIteratorGetPageIteratorConst(iterator);
            int line = -1, paragraph = -1;
            do
            {
                if (TesseractApi.TessPageIteratorIsAtBeginningOf(page, TesseractApi.LevelParagraph) != 0) paragraph++;
                if (TesseractApi.TessPageIteratorIsAtBeginningOf(page, TesseractApi.LevelLine) != 0) line++;
                var text = TesseractApi.TakeString(TesseractApi.TessResultIteratorGetUTF8Text(iterator, TesseractApi.LevelWord));
                if (string.IsNullOrWhiteSpace(text)) continue;
                if (TesseractApi.TessPageIteratorBoundingBox(page, TesseractApi.LevelWord, out var l, out var t, out var r, out var b) == 0) continue;
                var confidence = TesseractApi.TessResultIteratorConfidence(iterator, TesseractApi.LevelWord) / 100.0;
                words.Add(new RecognizedWord(text.Trim(), new Rect(l + dx, t + dy, r - l, b - t),
                    Math.Clamp(confidence, 0, 1), Math.Max(line, 0), Math.Max(paragraph, 0)));
            }
            while (TesseractApi.TessResultIteratorNext(iterator, TesseractApi.LevelWord) != 0);
        }
        finally
        {
            TesseractApi.TessResultIteratorDelete(iterator);
        }
        return words;
    }

    public void Dispose()
    {
        if (_handle == IntPtr.Zero) return;
        TesseractApi.TessBaseAPIEnd(_handle);
        TesseractApi.TessBaseAPIDelete(_handle);
        _handle = IntPtr.Zero;
    }
}
