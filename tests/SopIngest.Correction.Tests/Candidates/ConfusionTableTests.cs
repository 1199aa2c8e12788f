using SopIngest.Correction.Candidates;

namespace SopIngest.Correction.Tests.Candidates;

public sealed class ConfusionTableTests
{
    private static readonly ConfusionTable Table = ConfusionTable.Learn([
        ("undangan", "undangun"), ("pelaksanaan", "penaksanaan"), ("kemudian", "kernudian"), ("baku", "buku"), ("malakukan", "melakukan"),
    ]);

    [Fact]
    public void Learn_CountsEditsSeenInLabelledPairs_AboveTheUnseenOnes() =>
        Assert.True(Table.LogProbability("undangan", "undangun") > Table.LogProbability("undangan", "undangzn"));

    [Fact]
    public void MultiCharRepairs_OfferTheLearnedRnToM() => Assert.Contains(("rn", "m"), Table.MultiCharRepairs());

    [Fact]
    public void Corrupt_IsReproducibleForASeed_AndChangesTheWord()
    {
        var a = Enumerable.Range(0, 20).Select(_ => 0).Select((_, i) => Table.Corrupt("keterangan", new Random(i))).ToArray();
        var b = Enumerable.Range(0, 20).Select(_ => 0).Select((_, i) => Table.Corrupt("keterangan", new Random(i))).ToArray();
        Assert.Equal(a, b);
        Assert.Contains(a, w => w is not null && w != "keterangan");
    }

    [Fact]
    public void SaveAndLoad_KeepTheCounts()
    {
        var path = Path.GetTempFileName();
        try
        {
            Table.Save(path);
            var loaded = ConfusionTable.Load(path);
            Assert.Equal(Table.LogProbability("undangan", "undangun"), loaded.LogProbability("undangan", "undangun"), 6);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
