using System.Net;
using System.Text.Json;
using Shouldly;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>Reads the API's 400 answer: a problem+json whose errors name the fields (JSON paths) with Russian messages.</summary>
public static class FieldProblems
{
    /// <returns>The messages of the field (its JSON path, e.g. «person.lastName»), asserted to be there and in Russian.</returns>
    public static async Task<string[]> ShouldNameFieldAsync(this HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        problem.TryGetProperty("errors", out var errors).ShouldBeTrue($"no errors by field: {text}");
        var named = errors.EnumerateObject().Where(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase)).ToList();
        named.ShouldNotBeEmpty($"the field {field} is not named: {text}");
        var messages = named.SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()!).ToArray();
        messages.ShouldAllBe(m => m.Any(c => c >= 'а' && c <= 'я'), text);
        return messages;
    }
}
