using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Audit;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Audit;

/// <summary>The audit log of the organizations inside the viewer's scope.</summary>
public class AuditQueries(AppDbContext db)
{
    public const int PageSize = 50;

    public async Task<(List<AuditEntry> Items, int Total)> ListAsync(UserScope scope, string? entity, int? entityId, int page)
    {
        var organizations = db.Organizations.InScope(scope).Select(o => (int?)o.Id);
        var q = db.AuditEntries.AsNoTracking().Where(a => organizations.Contains(a.OrganizationId));
        if (!string.IsNullOrWhiteSpace(entity)) q = q.Where(a => a.EntityType == entity);
        if (entityId is { } id) q = q.Where(a => a.EntityId == id);
        var total = await q.CountAsync();
        // Ids grow with time, and SQLite cannot sort DateTimeOffset: sort by id.
        var items = await q.OrderByDescending(a => a.Id).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync();
        return (items, total);
    }
}
