using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SopIngest.Core.Json;
using SopIngest.Jobs.Hosting;
using SopIngest.Storage.Store;
using SopIngest.Web.Identity;

namespace SopIngest.Web.Apis;

/// <summary>Upload, batch, document and record endpoints of the contract's HTTP API.</summary>
public static class IngestApi
{
    public sealed record UploadAccepted(long Batch);

    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(WebRoles.CanRead);
        // Browsers send the cookie and the X-CSRF-TOKEN header; API clients use Basic credentials.
        api.MapPost("/uploads", UploadAsync).DisableAntiforgery()
            .RequireAuthorization(WebRoles.CanUpload).AddEndpointFilter(IdentitySetup.RequireAntiforgeryForCookies);
        api.MapGet("/batches/{id:long}", GetBatch);
        api.MapGet("/documents/{id:long}", GetDocument);
        api.MapGet("/records/{id}", GetRecord);
        return app;
    }

    /// <summary>
    /// Multipart upload of one or more <c>files</c> parts (ZIPs allowed), streamed part by part into the
    /// file store and registered as one batch only once every part has arrived: a broken upload or a
    /// full disk registers nothing.
    /// </summary>
    internal static async Task<Results<Accepted<UploadAccepted>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, IngestRuntime runtime, JobHost host, BatchOwnership owners, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
            return TypedResults.Problem("expected multipart/form-data with one or more 'files' parts", statusCode: 400);

        using var session = runtime.BeginIntake();
        var parts = 0;
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
                    continue;
                var name = Path.GetFileName((disposition.FileNameStar.Value ?? disposition.FileName.Value ?? "").Trim('"').Replace('\\', '/'));
                await session.AddAsync(name.Length == 0 ? $"part-{parts + 1}" : name, section.Body, ct);
                parts++;
            }
        }
        catch (IOException e)
        {
            // Disk full, client gone, malformed body: the session removes what it stored; nothing is registered.
            return TypedResults.Problem($"the upload failed and nothing was registered: {e.Message}", statusCode: 507);
        }
        if (parts == 0)
            return TypedResults.Problem("no file parts in the upload", statusCode: 400);
        var batch = host.Commit(session, "http");
        await owners.RecordAsync(request.HttpContext.User, batch.BatchId);
        return TypedResults.Accepted($"/api/batches/{batch.BatchId}", new UploadAccepted(batch.BatchId));
    }

    /// <summary>A batch's status; someone else's batch is not found for a user who only uploads.</summary>
    internal static async Task<Results<Ok<BatchStatus>, NotFound>> GetBatch(long id, StatusQueries queries, BatchOwnership owners, HttpContext http) =>
        await owners.CanSeeAsync(http.User, id) && queries.Batch(id) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound();

    internal static Results<Ok<DocumentStatus>, NotFound> GetDocument(long id, StatusQueries queries) =>
        queries.Document(id) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound();

    /// <summary>A stored SopRecord with its id, in the contract's JSON.</summary>
    internal static IResult GetRecord(string id, StatusQueries queries) =>
        queries.Record(id) is { } record ? Results.Text(SopJson.Serialize(record), "application/json") : Results.NotFound();
}
