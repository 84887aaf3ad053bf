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

    /// <summary>Runs a form's save and returns what it saved; a Russian rule error (on the field it names, under
    /// <paramref name="prefix"/>) or a stale version goes into ModelState instead and null is returned, so that the page
    /// shows the form again with the user's input.</summary>
    public static async Task<T?> SaveOrShowErrorAsync<T>(this PageModel page, Func<Task<T>> save, string prefix = "Input") where T : class
    {
        try
        {
            return await save();
        }
        catch (Domain.Common.DomainException ex)
        {
            page.ModelState.AddModelError(ex.Field is null ? "" : prefix + "." + ex.Field, ex.Message);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            page.ModelState.AddModelError("", Data.ConcurrencyStamps.ConflictMessage);
        }
        return null;
    }
}
