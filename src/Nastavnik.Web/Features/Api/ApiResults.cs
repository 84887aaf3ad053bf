using Microsoft.AspNetCore.Http.HttpResults;

namespace Nastavnik.Web.Features.Api;

/// <summary>The endpoints' typed answers for a record that is not the caller's to see (null from a service): a 404.</summary>
public static class ApiResults
{
    public static Results<Ok<T>, NotFound> OkOrNotFound<T>(T? value) where T : class =>
        value is null ? TypedResults.NotFound() : TypedResults.Ok(value);

    public static Results<NoContent, NotFound> NoContentOrNotFound(bool found) =>
        found ? TypedResults.NoContent() : TypedResults.NotFound();
}
