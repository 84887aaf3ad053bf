using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;

namespace Nastavnik.Web.Infrastructure.Errors;

/// <summary>Maps domain, concurrency, unreadable-request and database-connection errors to ProblemDetails with a Russian message.</summary>
public class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException bad)
        {
            context.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context, ProblemDetails = Validation.BadRequests.Problem(bad), Exception = exception,
            });
        }
        var (status, title) = exception switch
        {
            DomainException => (StatusCodes.Status400BadRequest, "Ошибка в данных"),
            NotFoundException => (StatusCodes.Status404NotFound, "Не найдено"),
            ForbiddenException => (StatusCodes.Status403Forbidden, "Доступ запрещён"),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Запись изменена другим пользователем"),
            _ when DatabaseUnavailable.Is(exception) => (StatusCodes.Status503ServiceUnavailable, "База данных временно недоступна"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "5";
        var details = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = exception switch
            {
                DomainException or NotFoundException or ForbiddenException => exception.Message,
                DbUpdateConcurrencyException => Data.ConcurrencyStamps.ConflictMessage,
                _ => "Сервер базы данных перезапускается или недоступен. Повторите действие через несколько секунд.",
            },
        };
        if (exception is DomainException { Field: { } field }) details.Extensions["field"] = field;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }
}
