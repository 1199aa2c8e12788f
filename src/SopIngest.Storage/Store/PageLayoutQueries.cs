using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopIngest.Core.Json;
using SopIngest.Core.Layout;
using SopIngest.Storage.Database;

namespace SopIngest.Storage.Store;

/// <summary>
/// The stored layout of a document's pages (stage <see cref="Stage"/>, one row per 1-based page, the JSON of a
/// <see cref="LayoutPage"/>), for the review page's overlays and the searchable-PDF export.
/// </summary>
public sealed class PageLayoutQueries(StoreDatabase database)
{
    public const string Stage = "layout";

    /// <summary>
    /// Each page's layout from its newest stage version, by page number. Documents stored before layouts were
    /// kept, or a page whose JSON no longer reads, have none: the caller shows the scan without overlays.
    /// </summary>
    public IReadOnlyDictionary<int, LayoutPage> Pages(long documentId)
    {
        using var db = database.Open();
        var rows = db.PageResults.AsNoTracking()
            .Where(p => p.DocumentId == documentId && p.Stage == Stage && p.Page >= 1)
            .Select(p => new { p.Page, p.StageVersion, p.Json })
            .ToList();
        var pages = new Dictionary<int, LayoutPage>();
        foreach (var row in rows.GroupBy(r => r.Page).Select(g => g.MaxBy(r => r.StageVersion)!))
            if (Read(row.Json) is { } page)
                pages[row.Page] = page with { Number = row.Page };
        return pages;
    }

    private static LayoutPage? Read(string json)
    {
        try
        {
            return SopJson.Deserialize<LayoutPage>(json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null; // an older or newer shape: no overlay rather than a broken page
        }
    }
}
