using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>The date the demo region's users see as today: by the app's clock, in the demo region's zone (Томская
/// область, Asia/Tomsk) — the tests' arrangements and expectations count in it, as the pages do.</summary>
public static class DemoToday
{
    public const string Zone = "Asia/Tomsk";

    /// <summary>Today in the demo region by the machine's clock (the app's, unless a test stops it), as a DateTime at
    /// midnight: what a test posts or expects where the pages of the demo region show "today".</summary>
    public static DateTime Day => TerritoryClock.DateOf(TimeProvider.System.GetUtcNow(), Region.Zone(Zone)).ToDateTime(TimeOnly.MinValue);

    extension(AppDbContext db)
    {
        public DateOnly Today => TerritoryClock.DateOf(db.Clock.GetUtcNow(), Region.Zone(Zone));
    }
}
