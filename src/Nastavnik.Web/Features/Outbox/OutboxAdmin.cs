using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Email;
using Nastavnik.Web.Infrastructure.Errors;

namespace Nastavnik.Web.Features.Outbox;

public sealed record OutboxCounts(int Pending, int Sent, int Failed);
public sealed record OutboxRow(int Id, string To, string Subject, OutboxStatus Status, int Attempts, string? LastError, DateTimeOffset NextAttemptAt);

/// <summary>The e-mail outbox of the regional operator's region (by <see cref="OutboxMessage.RegionId"/>): counts, the
/// messages not delivered yet, and sending a failed message (or all of them) again.</summary>
public class OutboxAdmin(AppDbContext db)
{
    public const int PageSize = 50;

    public static bool CanView(UserScope scope) => scope.Role == UserRole.RegionalOperator && scope.RegionId is not null;

    private IQueryable<OutboxMessage> Of(UserScope scope)
    {
        if (!CanView(scope)) throw new NotFoundException();
        var region = scope.RegionId!.Value;
        return db.OutboxMessages.AsNoTracking().Where(m => m.RegionId == region);
    }

    public async Task<OutboxCounts> CountsAsync(UserScope scope, CancellationToken ct)
    {
        var counts = await Of(scope).GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return new OutboxCounts(counts.GetValueOrDefault(OutboxStatus.Pending), counts.GetValueOrDefault(OutboxStatus.Sent), counts.GetValueOrDefault(OutboxStatus.Failed));
    }

    /// <summary>Pending and failed messages, newest first by id (SQLite cannot order by a DateTimeOffset).</summary>
    public async Task<PagedResult<OutboxRow>> UndeliveredAsync(UserScope scope, int page, CancellationToken ct)
    {
        var query = Of(scope).Where(m => m.Status != OutboxStatus.Sent);
        var total = await query.CountAsync(ct);
        page = Math.Max(1, page);
        var rows = await query.OrderByDescending(m => m.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new OutboxRow(m.Id, m.To, m.Subject, m.Status, m.Attempts, m.LastError, m.NextAttemptAt)).ToListAsync(ct);
        return new PagedResult<OutboxRow>(rows, total, page, PageSize);
    }

    /// <summary>Sends failed messages again: pending, no attempts, due now. One message (<paramref name="id"/>) or every
    /// failed message of the region.</summary>
    /// <returns>How many messages were put back.</returns>
    public async Task<int> RetryAsync(UserScope scope, int? id, CancellationToken ct)
    {
        var failed = Of(scope).Where(m => m.Status == OutboxStatus.Failed);
        if (id is { } one) failed = failed.Where(m => m.Id == one);
        var now = db.Clock.GetUtcNow();
        var count = await failed.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), ct);
        if (id is not null && count == 0) throw new NotFoundException();
        return count;
    }
}
