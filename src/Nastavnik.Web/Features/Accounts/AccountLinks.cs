using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Accounts;

public static class AccountLinks
{
    /// <summary>Revokes the account's open links (of one kind, or all but <paramref name="except"/>) in the caller's transaction.</summary>
    public static async Task RevokeOpenLinksAsync(this AppDbContext db, string userId, DateTimeOffset now, CancellationToken ct,
        AccountLinkKind? kind = null, int? except = null)
    {
        var open = db.AccountLinks.Where(l => l.UserId == userId && l.UsedAt == null && l.RevokedAt == null);
        if (kind is { } k) open = open.Where(l => l.Kind == k);
        if (except is { } id) open = open.Where(l => l.Id != id);
        foreach (var link in await open.ToListAsync(ct)) OneTimeLinks.Revoke(link, now);
    }
}
