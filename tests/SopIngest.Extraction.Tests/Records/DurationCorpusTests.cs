namespace SopIngest.Extraction.Tests.Records;

/// <summary>The duration parser over every Waktu value the seed exports hold.</summary>
public sealed class DurationCorpusTests
{
    /// <summary>
    /// Waktu cells that honestly hold no readable duration: a garbled header word shifted into the
    /// Waktu column, a backwards range, a column number the OCR pushed into a step row.
    /// </summary>
    private static readonly HashSet<string> KnownUnreadable = ["Kelebihan", "5 - 1 Jam", "9"];

    [Theory]
    [InlineData("000_d61cd9e724486671")]
    [InlineData("001_222709af16668202")]
    [InlineData("003_609f3079cfa7c797")]
    [InlineData("004_8c349c8b61ce075b")]
    public void EveryPrintedWaktu_Parses_ExceptTheListedOnes(string name)
    {
        var durations = Corpus.Extract(name).Records.SelectMany(r => r.Steps).Select(s => s.Duration)
            .Where(d => d.Text.Length > 0).ToList();

        var unreadable = durations.Where(d => d.MinMinutes is null).Select(d => d.Text).Distinct().ToList();

        Assert.NotEmpty(durations);
        Assert.Empty(unreadable.Except(KnownUnreadable));
        Assert.All(durations.Where(d => d.MinMinutes is not null), d => Assert.True(d.MinMinutes <= d.MaxMinutes));
    }
}
