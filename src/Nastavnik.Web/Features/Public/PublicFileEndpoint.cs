namespace Nastavnik.Web.Features.Public;

/// <summary>Files of published records for anyone (documents, news images, practices' materials, public events' materials); others 404.</summary>
public static class PublicFileEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/nastavnichestvo/files/{id:int}", async (int id, PublicQueries queries, Data.AppDbContext db, HttpContext http, CancellationToken ct) =>
        {
            if (await queries.FileAsync(id, ct) is not { } file) return Results.NotFound();
            http.Response.Headers.CacheControl = $"public, max-age={PublicPageModel.CacheSeconds}";
            return Files.FileContent.Stream(db, file, ct);
        }).AllowAnonymous();
}
