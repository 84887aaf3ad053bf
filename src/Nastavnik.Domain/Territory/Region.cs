namespace Nastavnik.Domain.Territory;

/// <summary>Субъект РФ (область, край).</summary>
public class Region
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The IANA time zone of the region («Asia/Tomsk»): an event's time is the region's local time.</summary>
    public string TimeZoneId { get; set; } = DefaultTimeZone;
    public const string DefaultTimeZone = "Europe/Moscow";

    /// <summary>The region's zone; an id this machine does not know falls back to Moscow time.</summary>
    public static TimeZoneInfo Zone(string? timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId ?? DefaultTimeZone, out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZone);
    /// <summary>The regional operator sets the region's zone: one of Russia's (<see cref="RussianTimeZones"/>).</summary>
    public void ChangeTimeZone(string? timeZoneId) => TimeZoneId = RussianTimeZones.Require(timeZoneId).Id;

    public List<Municipality> Municipalities { get; set; } = [];
}
