namespace SopIngest.Correction.Training;

/// <summary>One labelled token of the seed exports (see <c>corpus/labels/README.md</c>).</summary>
internal sealed record LabelledToken(string File, int Line, int Column, string Token, string Correction, string Kind, bool IsError, bool HeldOut)
{
    public int End => Column + Token.Length;
}

/// <summary>Reads <c>errors.tsv</c> and <c>correct.tsv</c>; rows are checked against the exports they point to.</summary>
internal static class LabelledSet
{
    public const string ErrorsFile = "errors.tsv";
    public const string CorrectFile = "correct.tsv";

    public static List<LabelledToken> Read(string labelsDirectory, IReadOnlyDictionary<string, string[]> corpus)
    {
        var result = new List<LabelledToken>();
        foreach (var (file, isError) in new[] { (ErrorsFile, true), (CorrectFile, false) })
        {
            foreach (var row in File.ReadLines(Path.Combine(labelsDirectory, file)).Skip(1))
            {
                if (row.Length == 0) continue;
                var p = row.Split('\t');
                var label = new LabelledToken(p[0], int.Parse(p[1]), int.Parse(p[2]), p[3], p[4], p[5], isError, p[7] == "heldout");
                if (!corpus.TryGetValue(label.File, out var lines) || label.Line > lines.Length
                    || string.CompareOrdinal(lines[label.Line - 1], label.Column, label.Token, 0, label.Token.Length) != 0)
                    throw new InvalidDataException($"{file}: '{label.Token}' is not at {label.File}:{label.Line}:{label.Column}.");
                result.Add(label);
            }
        }
        return result;
    }

    /// <summary>The exports as lines, keyed by file name.</summary>
    public static Dictionary<string, string[]> ReadCorpus(string corpusDirectory) =>
        Directory.GetFiles(corpusDirectory, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f)!, f => File.ReadAllText(f).Split('\n'));
}
