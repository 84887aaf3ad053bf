using System.Collections.Concurrent;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Infrastructure.Time;

/// <summary>The regions' time zones, read once and kept for a few minutes (a change on another instance shows
/// within that time; on this one at once, see <see cref="Forget"/>).</summary>
public sealed class RegionZones(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<int, (TimeZoneInfo Zone, DateTimeOffset ReadAt)> known = new();

    public TimeZoneInfo Of(int? regionId)
    {
        if (regionId is not { } id) return Region.Zone(null);
        var now = time.GetUtcNow();
        if (known.TryGetValue(id, out var kept) && (now - kept.ReadAt).Duration() < KeptFor) return kept.Zone;
        // Its own scope: the caller's DbContext may be in the middle of a query (a streamed export).
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var zone = Region.Zone(db.Regions.Where(r => r.Id == id).Select(r => r.TimeZoneId).SingleOrDefault());
        known[id] = (zone, now);
        return zone;
    }

    /// <summary>The region's zone was changed here: read it again next time.</summary>
    public void Forget(int regionId) => known.TryRemove(regionId, out _);
}
