using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Api;

/// <summary>The caller's scope for endpoint handlers.</summary>
public sealed class ClaimsPrincipalAccessor(IHttpContextAccessor http)
{
    public UserScope Scope => (http.HttpContext?.User ?? throw new InvalidOperationException("No request")).Scope();
}
