using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>Authenticates API clients by "Authorization: Bearer nst_…" personal access tokens.</summary>
public class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request)) return AuthenticateResult.NoResult();
        var plain = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var hash = AccessTokens.Hash(plain);
        var now = clock.GetUtcNow();
        var token = await db.AccessTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.TokenHash == hash);
        if (token?.User is null || !token.IsActive(now))
            return AuthenticateResult.Fail("Токен недействителен или отозван.");
        var user = token.User;
        // A token acts in the account's role in use; a role that was removed no longer works through any token.
        if (!await db.RoleGrants.AnyAsync(RoleGrant.Granting(user.Id, user.Scope)))
            return AuthenticateResult.Fail("Роль учётной записи снята.");

        await db.AccessTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now));
        var identity = new ClaimsIdentity(Scheme.Name);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, token.User.Id));
        identity.AddClaim(new Claim(ClaimTypes.Name, token.User.UserName ?? token.User.Id));
        identity.AddClaim(new Claim("nst:fullname", token.User.FullName));
        identity.AddClaims(token.User.Scope.ToClaims());
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
