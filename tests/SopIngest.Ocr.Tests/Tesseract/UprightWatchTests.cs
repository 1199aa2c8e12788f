using SopIngest.Core.Layout;
using SopIngest.Ocr.Tesseract;

namespace SopIngest.Ocr.Tests.Tesseract;

public sealed class UprightWatchTests
{
    private static IEnumerable<Word> Words(int count, double confidence) =>
        Enumerable.Range(0, count).Select(i => new Word("Kegiatan", new Box(i, 0, i + 1, 1), confidence));

    [Fact]
    public void UpsideDown_IsFalseWithoutTheStripCheck_WhenTheFirstWordsReadConfidently()
    {
        var checks = 0;
        var watch = new UprightWatch(() => ++checks > 0);

        Assert.False(watch.UpsideDown(Words(5, 0.95)));
        Assert.False(watch.UpsideDown(Words(10, 0.9)));
        Assert.False(watch.UpsideDown(Words(10, 0.1)));
        Assert.False(watch.UpsideDownAtEnd());
        Assert.Equal(0, checks);
    }

    [Fact]
    public void UpsideDown_AsksTheStripCheckOnce_WhenTheFirstWordsAreDoubtful()
    {
        var checks = 0;
        var watch = new UprightWatch(() => ++checks > 0);

        Assert.True(watch.UpsideDown(Words(12, 0.25)));
        Assert.True(watch.UpsideDownAtEnd());
        Assert.Equal(1, checks);
    }

    [Fact]
    public void UpsideDownAtEnd_DecidesWithTheFewWordsThereWere_AndIgnoresNumbersAndMarks()
    {
        var checks = 0;
        var watch = new UprightWatch(() => ++checks > 0);

        Assert.False(watch.UpsideDown([new Word("1", new Box(0, 0, 1, 1), 0.1), new Word("|", new Box(0, 0, 1, 1), 0.1)]));
        Assert.False(watch.UpsideDown(Words(4, 0.9)));
        Assert.False(watch.UpsideDownAtEnd());
        Assert.Equal(0, checks);
    }

    [Fact]
    public void UpsideDownAtEnd_AsksTheStripCheck_WhenThePageHadHardlyAnyWords()
    {
        var watch = new UprightWatch(() => true);

        Assert.False(watch.UpsideDown(Words(2, 0.95)));
        Assert.True(watch.UpsideDownAtEnd());
    }
}
