using OpenCvSharp;
using SopIngest.Ocr.Tesseract;

namespace SopIngest.Ocr.Tests.Tesseract;

public sealed class MarkLinesTests
{
    private static RecognizedWord W(string text, double confidence, int line) => new(text, new Rect(0, line * 20, 10, 10), confidence, line, 0);

    [Fact]
    public void Drop_RemovesAnEmblemsTokens_AboveTheAgencyHeader()
    {
        // 006's header cell: the emblem read as "2," above the header lines.
        IReadOnlyList<RecognizedWord> words = [W("2,", 0.58, 0), W("NY", 0.40, 1), W("PEMERINTAH", 0.92, 2), W("KOTA", 0.96, 2), W("BONTANG", 0.96, 2)];

        Assert.Equal(["PEMERINTAH", "KOTA", "BONTANG"], MarkLines.Drop(words).Select(w => w.Text));
    }

    [Fact]
    public void Drop_KeepsACellOfShortTokensOnly_AndConfidentShortTokens()
    {
        IReadOnlyList<RecognizedWord> number = [W("12.", 0.5, 0)];
        IReadOnlyList<RecognizedWord> labelled = [W("Ya", 0.9, 0), W("Menyetujui", 0.9, 1)];

        Assert.Equal(number, MarkLines.Drop(number));
        Assert.Equal(labelled, MarkLines.Drop(labelled));
    }
}
