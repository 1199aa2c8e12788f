using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Search;
using SopIngest.Storage.Review;

namespace SopIngest.Web.Pages.Search;

/// <summary>Full-text search with facets (government, office, year, actor); a hit opens the record at its best-matching step.</summary>
public sealed partial class IndexModel(ISearchIndex index, RecordReviewStore store) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Government { get; set; }
    [BindProperty(SupportsGet = true)] public string? Office { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    public SearchResult? Result { get; private set; }

    public IEnumerable<(string Key, string Value)> ActiveFilters
    {
        get
        {
            if (Government is not null) yield return ("government", Government);
            if (Office is not null) yield return ("office", Office);
            if (Year is not null) yield return ("year", Year.Value.ToString());
            if (Actor is not null) yield return ("actor", Actor);
        }
    }

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Q))
            return;
        Result = index.Search(new SearchQuery(Q, 20) { Filters = new SearchFilters(Government, Office, Year, Actor), Facets = true });
    }

    /// <summary>This search with one facet set (or removed when <paramref name="value"/> is null).</summary>
    public string Link(string facet, string? value)
    {
        var query = ActiveFilters.Where(f => f.Key != facet).ToList();
        if (value is not null)
            query.Add((facet, value));
        query.Insert(0, ("q", Q ?? ""));
        return "/search?" + string.Join("&", query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
    }

    /// <summary>The record, at the step whose activity holds the most highlighted words.</summary>
    public string RecordLink(SearchHit hit)
    {
        var words = Emphasis().Matches(hit.Snippet).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var link = $"/records/{Uri.EscapeDataString(hit.Id)}";
        if (words.Count == 0 || store.Load(hit.Id) is not { } r)
            return link;
        var best = r.Record.Steps
            .Select(s => (Step: s, Score: words.Distinct(StringComparer.OrdinalIgnoreCase).Count(w => s.Activity.Contains(w, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).FirstOrDefault();
        return best.Step is null ? link : $"{link}?step={best.Step.No}";
    }

    [GeneratedRegex("<em>(.*?)</em>")]
    private static partial Regex Emphasis();
}
