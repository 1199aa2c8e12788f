namespace SopIngest.Search.Analysis;

/// <summary>
/// Equivalent phrases, Solr/Elasticsearch synonym format: one group a line, members separated by commas
/// (<c>kgb, kenaikan gaji berkala</c>), <c>#</c> comments. The same file feeds both backends.
/// </summary>
public sealed class SynonymMap
{
    public SynonymMap(IReadOnlyList<IReadOnlyList<string>> groups) => Groups = groups;

    public static SynonymMap Empty { get; } = new([]);

    /// <summary>Each group's phrases as written, lower case.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    public static SynonymMap Parse(TextReader reader)
    {
        var groups = new List<IReadOnlyList<string>>();
        while (reader.ReadLine() is { } line)
        {
            var text = line.Split('#', 2)[0].Trim();
            if (text.Length == 0) continue;
            var members = text.Split(',').Select(m => string.Join(' ', TextTokens.Split(m).Select(t => t.Term)))
                .Where(m => m.Length > 0).Distinct().ToList();
            if (members.Count > 1) groups.Add(members);
        }
        return new SynonymMap(groups);
    }

    /// <summary>The lines of the file form of this map, as Elasticsearch's <c>synonym_graph</c> filter takes them.</summary>
    public IReadOnlyList<string> ToSolrLines() => Groups.Select(g => string.Join(", ", g)).ToList();
}
