using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>Puts the role in use, its scope and the grant it comes from into the sign-in cookie.</summary>
public class ScopeClaimsPrincipalFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    public const string GrantClaim = "nst:grant";
    public const string RolesClaim = "nst:roles";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == user.Id).ToListAsync();
        var active = grants.FirstOrDefault(g => g.Matches(user.Scope));
        identity.AddClaims(user.Scope.ToClaims());
        identity.AddClaim(new Claim("nst:fullname", user.FullName));
        if (active is not null) identity.AddClaim(new Claim(GrantClaim, active.Id.ToString()));
        identity.AddClaim(new Claim(RolesClaim, grants.Count.ToString()));
        return identity;
    }

    /// <summary>On every request: the cookie's role must still be granted. A removed role ends its sessions at once,
    /// without waiting for the cookie to be refreshed.</summary>
    public static async Task ValidateGrantAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal is null || userId is null) return;
        // The grant must still exist with the scope the cookie carries: a removed role, or a scope moved by a merge of
        // organizations, ends the session at once (the user signs in again into what he now has).
        var scope = UserScope.FromPrincipal(principal);
        var granted = scope is not null && int.TryParse(principal.FindFirstValue(GrantClaim), out var grantId)
            && await context.HttpContext.RequestServices.GetRequiredService<AppDbContext>().RoleGrants
                .Where(RoleGrant.Granting(userId, scope)).AnyAsync(g => g.Id == grantId);
        if (granted)
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
