using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SopIngest.Core.Json;
using SopIngest.Exports;
using SopIngest.Search;
using SopIngest.Search.Comparison;
using SopIngest.Storage.Review;
using SopIngest.Web.Identity;
using SopIngest.Web.Review;

namespace SopIngest.Web.Apis;

/// <summary>Search, compare, record exports and page images: read endpoints for any signed-in user.</summary>
public static class ReviewApi
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(WebRoles.CanRead);
        api.MapGet("/search", Search);
        api.MapGet("/compare", Compare);
        var records = app.MapGroup("/records/{id}").RequireAuthorization(WebRoles.CanRead);
        records.MapGet("/export.json", (string id, RecordReviewStore store) => Export(id, store, "json"));
        records.MapGet("/export.csv", (string id, RecordReviewStore store) => Export(id, store, "csv"));
        records.MapGet("/export.bpmn", (string id, RecordReviewStore store) => Export(id, store, "bpmn"));
        records.MapGet("/swimlane.svg", (string id, RecordReviewStore store) => Export(id, store, "svg"));
        records.MapGet("/export.pdf", SearchablePdf);
        records.MapGet("/page/{page:int}.png", PageImage);
        return app;
    }

    internal static Ok<SearchResponse> Search(string? q, int? top, string? government, string? office, int? year, string? actor, ISearchIndex index)
    {
        if (string.IsNullOrWhiteSpace(q))
            return TypedResults.Ok(new SearchResponse(0, []));
        var result = index.Search(new SearchQuery(q, Math.Clamp(top ?? 10, 1, 100)) { Filters = new SearchFilters(government, office, year, actor) });
        return TypedResults.Ok(new SearchResponse(result.Total, result.Hits));
    }

    public sealed record SearchResponse(int Total, IReadOnlyList<SearchHit> Hits);

    internal static IResult Compare(string? q, ProcedureComparer comparer)
    {
        var result = string.IsNullOrWhiteSpace(q) ? ProcedureComparison.Empty : comparer.Compare(q);
        return Results.Text(SopJson.Serialize(new
        {
            procedures = result.Procedures.Select(p => new { p.Id, p.Title, p.Agency, p.Steps, p.Actors, p.MinMinutes, p.MaxMinutes }),
            alignment = result.Alignment,
        }), "application/json");
    }

    internal static IResult Export(string id, RecordReviewStore store, string format)
    {
        if (store.Load(id) is not { } r)
            return TypedResults.NotFound();
        var name = $"{id}";
        return format switch
        {
            "json" => Results.Text(SopJson.Serialize(r.Record), "application/json"),
            "csv" => Results.File(System.Text.Encoding.UTF8.GetBytes(StepsCsvExporter.Export(r.Record)), "text/csv; charset=utf-8", name + ".csv"),
            "bpmn" => Results.File(System.Text.Encoding.UTF8.GetBytes(BpmnExporter.Export(r.Record).ToString()), "application/xml", name + ".bpmn"),
            _ => Results.Text(new SvgSwimlaneExporter().Export(r.Record), "image/svg+xml"),
        };
    }

    /// <summary>The record's document as a searchable PDF (scan images with an invisible text layer).</summary>
    internal static IResult SearchablePdf(string id, RecordReviewStore store, SearchablePdfs pdfs)
    {
        if (store.Load(id) is not { } r || store.DocumentFile(r.DocumentId) is not { } file)
            return TypedResults.NotFound();
        return pdfs.For(r.DocumentId, file.Sha256, file.Kind) is { } pdf
            ? Results.File(pdf, "application/pdf", Path.GetFileNameWithoutExtension(file.FileName) + "-searchable.pdf")
            : Results.Problem($"{file.FileName} has no stored page layout to make a text layer from", statusCode: StatusCodes.Status404NotFound);
    }

    internal static IResult PageImage(string id, int page, RecordReviewStore store, PageImages images)
    {
        if (store.Load(id) is not { } r || store.DocumentFile(r.DocumentId) is not { } file)
            return TypedResults.NotFound();
        return images.Get(file.Sha256, file.Kind, page) is { } image
            ? Results.File(image.Path, image.ContentType)
            : TypedResults.NotFound();
    }
}
