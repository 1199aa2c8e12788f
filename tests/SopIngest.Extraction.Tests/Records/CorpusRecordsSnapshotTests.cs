using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;
using SopIngest.Core.Json;

namespace SopIngest.Extraction.Tests.Records;

/// <summary>Golden records, two per agency, reviewed like code in __snapshots__.</summary>
public sealed class CorpusRecordsSnapshotTests
{
    [Theory]
    [InlineData("000_d61cd9e724486671", 0)]
    [InlineData("000_d61cd9e724486671", 3)]
    [InlineData("001_222709af16668202", 0)]
    [InlineData("001_222709af16668202", 16)]
    [InlineData("003_609f3079cfa7c797", 1)]
    [InlineData("003_609f3079cfa7c797", 10)]
    [InlineData("004_8c349c8b61ce075b", 0)]
    [InlineData("004_8c349c8b61ce075b", 15)]
    public void Record_MatchesGoldenSnapshot(string name, int index)
    {
        var record = Corpus.Extract(name).Records[index];

        Snapshot.Match(JToken.Parse(SopJson.Serialize(record)), SnapshotNameExtension.Create(name, index));
    }

    [Theory]
    [InlineData("000_d61cd9e724486671")]
    [InlineData("001_222709af16668202")]
    [InlineData("003_609f3079cfa7c797")]
    [InlineData("004_8c349c8b61ce075b")]
    public void CheckedInCorpusRecords_AreWhatThePipelineMakesNow(string name)
    {
        var expected = File.ReadAllText(Corpus.RecordsPath(name)).TrimEnd();
        var actual = SopJson.Serialize(Corpus.Extract(name));

        Assert.True(expected == actual, $"corpus/records/{name}.json is stale: run scripts/regenerate-corpus-records");
    }
}
