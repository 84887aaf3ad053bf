using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Nastavnik.Web.Infrastructure.Validation;

/// <summary>A request the framework could not bind: a body that is not JSON of the right shape names the field where
/// the reader stopped (its JSON path, as the validation errors name fields); other cases get RussianProblems' text.</summary>
public static class BadRequests
{
    public static ProblemDetails Problem(BadHttpRequestException bad) =>
        FieldOf(bad) is { } field
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = [$"Поле {field}: значение не того типа или формата (строки — в кавычках, числа — цифрами, даты — ГГГГ-ММ-ДД)."],
            })
            { Status = StatusCodes.Status400BadRequest }
            : new ProblemDetails { Status = bad.StatusCode };

    private static string? FieldOf(BadHttpRequestException bad) =>
        bad.InnerException is JsonException { Path: { Length: > 2 } path } && path.StartsWith("$.", StringComparison.Ordinal)
            ? path[2..] : null;
}
