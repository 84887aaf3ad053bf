using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Accounts;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Account;

/// <summary>The roles of the signed-in account and the switch between them (also offered in the header).</summary>
public class RolesModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountService accounts) : PageModel
{
    public sealed record GrantRow(int Id, string Role, string Scope, bool Active);

    public List<GrantRow> Grants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var active = User.FindFirstValue(ScopeClaimsPrincipalFactory.GrantClaim);
        foreach (var g in await db.RoleGrants.AsNoTracking().Where(g => g.UserId == userId).OrderBy(g => g.Role).ToListAsync(ct))
            Grants.Add(new GrantRow(g.Id, g.Role.Ru(), await accounts.ScopeNameAsync(g.Scope, ct), g.Id.ToString() == active));
    }

    public async Task<IActionResult> OnPostSwitchAsync(int grantId, CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var grant = await db.RoleGrants.SingleOrDefaultAsync(g => g.Id == grantId && g.UserId == userId, ct);
        var user = await users.GetUserAsync(User);
        if (grant is null || user is null) return NotFound();
        user.Use(grant.Scope);
        await db.SaveChangesAsync(ct);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = $"Теперь вы работаете как {grant.Role.Ru().ToLowerInvariant()}.";
        return Redirect("/");
    }
}
