using OpenCvSharp;
using SopIngest.Ocr.Tesseract;

namespace SopIngest.Ocr.Tests.Tesseract;

public sealed class NipLineTests
{
    private static RecognizedWord W(string text, int x, int line = 2) => new(text, new Rect(x, 100 * line, 40, 20), 0.9, line, 0);

    private static readonly RecognizedWord[] Misread =
    [
        W("Dra.", 0, 1), W("Sisilia", 50, 1),
        W("NIP.", 0), W("19670921", 50), W("270TO08X009", 100),
    ];

    [Fact]
    public void Short_FindsTheWordsAfterTheLabel_WhenTheyGiveFewerThan18Digits()
    {
        var number = NipLine.Short(Misread);

        Assert.Equal(["19670921", "270TO08X009"], number!.Select(w => w.Text));
    }

    [Fact]
    public void Short_LeavesAFullNipAlone() =>
        Assert.Null(NipLine.Short([W("NIP.", 0), W("19600131", 50), W("198603", 100), W("2", 150), W("009", 170)]));

    [Fact]
    public void Replace_PutsTheDigitReadingInPlaceOfTheNumber_WhenItIsFull()
    {
        var number = NipLine.Short(Misread)!;
        RecognizedWord[] digits = [W("19670921", 50, 0), W("201008", 100, 0), W("1", 150, 0), W("009", 170, 0)];

        var words = NipLine.Replace(Misread, number, digits);

        Assert.Equal(["Dra.", "Sisilia", "NIP.", "19670921", "201008", "1", "009"], words.Select(w => w.Text));
        Assert.All(words.Skip(2), w => Assert.Equal(2, w.Line));
    }

    [Fact]
    public void Replace_KeepsTheFirstReading_WhenTheDigitReadingIsNoFullerThanIt()
    {
        var number = NipLine.Short(Misread)!;

        Assert.Same(Misread, NipLine.Replace(Misread, number, [W("1967092", 50, 0)]));
    }
}
