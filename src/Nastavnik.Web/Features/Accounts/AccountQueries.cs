using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Accounts;

public sealed record AccountRow(string UserId, string FullName, string Login, string? Email, bool Activated, List<GrantView> Grants);
public sealed record GrantView(int Id, UserRole Role, string Scope, bool CanRemove);
public sealed record InvitationRow(int Id, string FullName, string Login, string Email, AccountLinkKind Kind, DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt, DateTimeOffset? OpenedAt, LinkState State);

/// <summary>Reads of accounts and invitations inside the manager's scope.</summary>
public class AccountQueries(AppDbContext db)
{
    /// <summary>Roles or invitations in the manager's scope (in SQL; <see cref="GrantRules.Within"/> is the same rule in memory).</summary>
    public static Expression<Func<T, bool>> Within<T>(UserScope manager) where T : IAccountScoped
    {
        int region = manager.RegionId ?? -1, municipality = manager.MunicipalityId ?? -1, organization = manager.OrganizationId ?? -1;
        return manager.Role switch
        {
            UserRole.RegionalOperator => x => x.RegionId == region,
            UserRole.MunicipalCoordinator => x => x.MunicipalityId == municipality,
            UserRole.OrganizationHead or UserRole.Curator => x => x.OrganizationId == organization,
            _ => x => false,
        };
    }

    public async Task<PagedResult<AccountRow>> ListAsync(UserScope manager, string? search, int page, CancellationToken ct)
    {
        var within = db.RoleGrants.Where(Within<RoleGrant>(manager));
        var query = db.Users.AsNoTracking().Where(u => within.Any(g => g.UserId == u.Id));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(term) || u.NormalizedEmail!.Contains(term) || u.FullName.ToUpper().Contains(term));
        }
        var total = await query.CountAsync(ct);
        const int size = 50;
        var users = await query.OrderBy(u => u.FullName).ThenBy(u => u.Id).Skip((Math.Max(1, page) - 1) * size).Take(size)
            .Select(u => new { u.Id, u.FullName, u.UserName, u.Email, u.ActivatedAt }).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var grants = await within.AsNoTracking().Where(g => ids.Contains(g.UserId)).ToListAsync(ct);
        var names = await ScopeNamesAsync(grants, ct);
        var grantable = GrantRules.GrantableBy(manager.Role);
        var rows = users.Select(u => new AccountRow(u.Id, u.FullName, u.UserName!, u.Email, u.ActivatedAt is not null,
            grants.Where(g => g.UserId == u.Id).OrderBy(g => g.Role)
                .Select(g => new GrantView(g.Id, g.Role, names(g), grantable.Contains(g.Role))).ToList())).ToList();
        return new PagedResult<AccountRow>(rows, total, Math.Max(1, page), size);
    }

    private async Task<Func<RoleGrant, string>> ScopeNamesAsync(List<RoleGrant> grants, CancellationToken ct)
    {
        var orgIds = grants.Select(g => g.OrganizationId).OfType<int>().Distinct().ToList();
        var munIds = grants.Select(g => g.MunicipalityId).OfType<int>().Distinct().ToList();
        var orgs = await db.Organizations.Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var muns = await db.Municipalities.Where(m => munIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var regions = await db.Regions.ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        return g => g.OrganizationId is { } o ? orgs.GetValueOrDefault(o, "") : g.MunicipalityId is { } m ? muns.GetValueOrDefault(m, "")
            : g.RegionId is { } r ? regions.GetValueOrDefault(r, "") : "";
    }

    public async Task<PagedResult<InvitationRow>> InvitationsAsync(UserScope manager, int page, CancellationToken ct)
    {
        var links = db.AccountLinks.AsNoTracking().Where(l => l.Kind == AccountLinkKind.Invitation).Where(Within<AccountLink>(manager));
        var total = await links.CountAsync(ct);
        const int size = 50;
        var now = db.Clock.GetUtcNow();
        // Newest first by id (SQLite cannot order by a DateTimeOffset).
        var rows = (await links.OrderByDescending(l => l.Id).Skip((Math.Max(1, page) - 1) * size).Take(size).Include(l => l.User).ToListAsync(ct))
            .Select(l => new InvitationRow(l.Id, l.User!.FullName, l.User.UserName!, l.Email, l.Kind, l.CreatedAt, l.ExpiresAt, l.OpenedAt,
                OneTimeLinks.StateOf(l, now))).ToList();
        return new PagedResult<InvitationRow>(rows, total, Math.Max(1, page), size);
    }

    /// <summary>An invitation the manager may resend or revoke.</summary>
    public async Task<AccountLink?> InvitationAsync(UserScope manager, int id, CancellationToken ct)
    {
        var link = await db.AccountLinks.Include(l => l.User).ThenInclude(u => u!.Grants).SingleOrDefaultAsync(l => l.Id == id && l.Kind == AccountLinkKind.Invitation, ct);
        return link is not null && GrantRules.Within(manager, new UserScope(manager.Role, link.RegionId, link.MunicipalityId, link.OrganizationId, null)) ? link : null;
    }
}
