using System.Globalization;
using System.Text.RegularExpressions;
using SopIngest.Core.Json;
using SopIngest.Search;

namespace SopIngest.Cli.Commands;

/// <summary>
/// <c>search "QUERY" [--top N] [--json] [--facets] [--store DIR] [--government G] [--office O] [--year Y] [--actor A]</c>:
/// full-text search over the indexed records; <c>--facets</c> adds facet counts (a pass over every match).
/// </summary>
internal static partial class SearchCommand
{
    public static int Run(CliArgs args)
    {
        if (args.Positional.Count == 0) return Usage.Fail("search needs a QUERY");
        var query = new SearchQuery(string.Join(' ', args.Positional), args.Int("--top", 10))
        {
            Filters = new SearchFilters(args.Value("--government"), args.Value("--office"),
                int.TryParse(args.Value("--year"), out var y) ? y : null, args.Value("--actor")),
            Facets = args.Has("--facets"),
        };
        SearchResult result;
        try
        {
            using var index = SearchBackends.Open(SearchBackendOptions.FromEnvironment(args.Value("--store") ?? "data"), readOnly: true);
            result = index.Search(query);
        }
        catch (DirectoryNotFoundException e)
        {
            Console.Error.WriteLine($"sopingest: {e.Message}");
            return 1;
        }

        if (args.Has("--json"))
        {
            Console.WriteLine(query.Facets
                ? SopJson.Serialize(new { total = result.Total, hits = result.Hits, facets = result.Facets })
                : SopJson.Serialize(new { total = result.Total, hits = result.Hits }));
            return 0;
        }
        Console.WriteLine($"{result.Total} records match \"{query.Text}\"");
        var rank = 0;
        foreach (var hit in result.Hits)
        {
            Console.WriteLine();
            Console.WriteLine($"{++rank,2}. {hit.Title}  [{hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}]");
            Console.WriteLine($"    {hit.Agency}{(hit.Number.Length > 0 ? " · " + hit.Number : "")}");
            Console.WriteLine($"    {Plain(hit.Snippet)}");
            Console.WriteLine($"    {hit.Id}  ({hit.File})");
        }
        foreach (var (name, values) in result.Facets)
            Console.WriteLine($"\n{name}: " + string.Join(", ", values.Select(v => $"{v.Value} ({v.Count})")));
        return 0;
    }

    /// <summary>The snippet for a terminal: matches in upper case between brackets, entities decoded.</summary>
    private static string Plain(string snippet) =>
        System.Net.WebUtility.HtmlDecode(Emphasis().Replace(snippet, m => "[" + m.Groups[1].Value + "]"));

    [GeneratedRegex("<em>(.*?)</em>")]
    private static partial Regex Emphasis();
}
