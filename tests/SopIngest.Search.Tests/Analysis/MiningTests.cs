using SopIngest.Search.Analysis;
using SopIngest.Search.Analysis.Mining;
using SopIngest.Search.Records;

namespace SopIngest.Search.Tests.Analysis;

/// <summary>The checked-in roots and synonyms files keep up with what the miners find in the corpus.</summary>
public sealed class MiningTests
{
    private static IEnumerable<string> CorpusTexts() =>
        TestCorpus.Records.SelectMany(r => RecordFields.Text(r.Record).Values);

    [Fact]
    public void AbbreviationMiner_FindsDefinitionsInPlace()
    {
        var mined = AbbreviationMiner.Mine(["Pengusulan Kenaikan Gaji Berkala (KGB)", "Rencana Kegiatan dan Anggaran (RKA)"]);
        Assert.Contains(("kgb", "kenaikan gaji berkala"), mined);
        Assert.Contains(("rka", "rencana kegiatan dan anggaran"), mined);
    }

    [Fact]
    public void CheckedInSynonyms_CoverTheMinedAbbreviations()
    {
        var mined = AbbreviationMiner.Mine(CorpusTexts());
        var path = TestCorpus.Path("corpus", "search", "synonyms.txt");
        var groups = SynonymMap.Parse(new StreamReader(path)).Groups;
        var rejected = SynonymMap.Parse(new StringReader(string.Join('\n',
            File.ReadLines(path).Where(l => l.StartsWith("#!")).Select(l => l[2..])))).Groups;
        var missing = mined.Where(m => !groups.Concat(rejected).Any(g => g.Contains(m.Abbreviation) && g.Contains(m.Phrase))).ToList();
        if (missing.Count > 0 && Environment.GetEnvironmentVariable("SOPINGEST_REGENERATE") == "1")
        {
            File.AppendAllLines(path, ["", "# mined from corpus/records", .. missing.Select(m => $"{m.Abbreviation}, {m.Phrase}")]);
            missing.Clear();
        }
        Assert.True(missing.Count == 0, "add to corpus/search/synonyms.txt (or run with SOPINGEST_REGENERATE=1): "
            + string.Join("; ", missing.Select(m => $"{m.Abbreviation}, {m.Phrase}")));
    }

    [Fact]
    public void CheckedInRoots_CoverWhatTheRootMinerFinds()
    {
        var words = CorpusTexts().SelectMany(t => TextTokens.Split(t)).Select(t => t.Term);
        var hunspell = File.Exists("/usr/share/hunspell/id_ID.dic") ? RootDictionary.ReadHunspell("/usr/share/hunspell/id_ID.dic") : [];
        var hunspellOnly = new RootDictionary(hunspell, []);
        var noCorpusRoots = new IndonesianAnalysis(new IndonesianStemmer(hunspellOnly), IndonesianAnalysis.Default.StopWords, SynonymMap.Empty);
        var mined = RootMiner.Mine(words, noCorpusRoots, hunspellOnly);
        var path = TestCorpus.Path("corpus", "search", "roots.txt");
        var checkedIn = RootDictionary.ReadList(new StreamReader(path)).ToHashSet();
        var missing = mined.Where(r => !checkedIn.Contains(r)).ToList();
        if (missing.Count > 0 && Environment.GetEnvironmentVariable("SOPINGEST_REGENERATE") == "1")
        {
            File.AppendAllLines(path, missing);
            missing.Clear();
        }
        Assert.True(missing.Count == 0, "add to corpus/search/roots.txt (or run with SOPINGEST_REGENERATE=1): " + string.Join(", ", missing));
    }
}
