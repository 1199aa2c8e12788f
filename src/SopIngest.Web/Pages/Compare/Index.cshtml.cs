using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Core.Records;
using SopIngest.Search;
using SopIngest.Search.Comparison;

namespace SopIngest.Web.Pages.Compare;

/// <summary>One procedure's versions side by side, steps aligned row by row (gaps where a version has no counterpart).</summary>
public sealed class IndexModel(ProcedureComparer comparer, ISearchIndex index) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public ProcedureComparison? Result { get; private set; }
    private List<Dictionary<int, Step>> _steps = [];

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Q))
            return;
        Result = comparer.Compare(Q);
        _steps = Result.Procedures
            .Select(p => index.Get(p.Id)?.Record.Steps.GroupBy(s => s.No).ToDictionary(g => g.Key, g => g.First()) ?? [])
            .ToList();
    }

    public Step? Step(int procedure, int no) => _steps[procedure].GetValueOrDefault(no);
}
