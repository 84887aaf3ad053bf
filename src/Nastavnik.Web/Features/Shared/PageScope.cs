using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Shared;

public static class PageScope
{
    /// <summary>The signed-in user's scope; pages are authorized, so it is always there.</summary>
    public static UserScope Scope(this PageModel page) =>
        UserScope.FromPrincipal(page.User) ?? throw new InvalidOperationException("No scope for an authenticated user.");
}
