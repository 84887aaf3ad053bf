using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Shared;

public static class PageScope
{
    /// <summary>The signed-in user's scope; pages are authorized, so it is always there.</summary>
    public static UserScope Scope(this PageModel page) =>
        UserScope.FromPrincipal(page.User) ?? throw new InvalidOperationException("No scope for an authenticated user.");
}

/// <summary>The post-redirect-get of a page action: the action runs; its Russian error or the success message is shown after the redirect.</summary>
public static class PageActions
{
    public static async Task<Microsoft.AspNetCore.Mvc.IActionResult> RunAsync(this PageModel page, Func<Task> action, string success, string? redirectTo = null)
    {
        try
        {
            await action();
            page.TempData["Message"] = success;
        }
        catch (Domain.Common.DomainException ex)
        {
            page.TempData["Error"] = ex.Message;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            page.TempData["Error"] = Data.ConcurrencyStamps.ConflictMessage;
        }
        catch (Infrastructure.Errors.NotFoundException)
        {
            return new Microsoft.AspNetCore.Mvc.NotFoundResult();
        }
        catch (Infrastructure.Errors.ForbiddenException)
        {
            return new Microsoft.AspNetCore.Mvc.ForbidResult();
        }
        return new Microsoft.AspNetCore.Mvc.RedirectResult(redirectTo ?? page.Request.Path.Value!);
    }
}
