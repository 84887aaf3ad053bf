using System.Security.Claims;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Api;

public static class ApiScope
{
    public static UserScope Scope(this ClaimsPrincipal user) =>
        UserScope.FromPrincipal(user) ?? throw new InvalidOperationException("No scope for an authenticated user.");
}
