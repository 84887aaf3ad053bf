using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>Puts the role and its scope into the sign-in cookie.</summary>
public class ScopeClaimsPrincipalFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(user.Scope.ToClaims());
        identity.AddClaim(new Claim("nst:fullname", user.FullName));
        return identity;
    }
}
