using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Infrastructure.Time;

/// <summary>The app's one clock. The present instant comes from the registered <see cref="TimeProvider"/>; the date
/// "today" is the date in a region's time zone (Russia spans eleven): the signed-in user's region in a request, the
/// region a job or a command works for otherwise. Nothing else reads the machine's clock or its zone.</summary>
public sealed class TerritoryClock(TimeProvider time, RegionZones zones, IHttpContextAccessor http)
{
    private (bool Set, int? Id) chosen;

    /// <summary>The present instant, for stamps (audit, UpdatedAt, links' expiry).</summary>
    public DateTimeOffset GetUtcNow() => time.GetUtcNow();

    /// <summary>The region whose date is today here: the one chosen with <see cref="UseRegion"/>, else the signed-in user's.</summary>
    public int? RegionId => chosen.Set ? chosen.Id : http.HttpContext?.User is { } user ? UserScope.FromPrincipal(user)?.RegionId : null;

    /// <summary>A job or a command works for this region (a request goes by its user's).</summary>
    public void UseRegion(int? regionId) => chosen = (true, regionId);

    /// <summary>The time zone of <see cref="RegionId"/> (Moscow time where there is no region).</summary>
    public TimeZoneInfo Zone => zones.Of(RegionId);

    /// <summary>Today's date in <see cref="RegionId"/>.</summary>
    public DateOnly Today => DateOf(GetUtcNow(), Zone);

    /// <summary>Today's date in the given region.</summary>
    public DateOnly TodayIn(int? regionId) => DateOf(GetUtcNow(), zones.Of(regionId));

    /// <summary>An instant as the wall-clock time of <see cref="RegionId"/>, for display.</summary>
    public DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;

    public DateTime? Local(DateTimeOffset? at) => at is { } v ? Local(v) : null;

    /// <summary>An instant as the wall-clock time of the given region.</summary>
    public DateTime Local(DateTimeOffset at, int? regionId) => TimeZoneInfo.ConvertTime(at, zones.Of(regionId)).DateTime;

    /// <summary>The date of an instant in a zone.</summary>
    public static DateOnly DateOf(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
