namespace Nastavnik.Domain.Common;

/// <summary>A record owned by a region, a municipality or an organization (an event, a contest, a local act, a news post):
/// the region is always set; the municipality for a municipality's and an organization's record; the organization for an organization's.</summary>
public interface ITerritorial
{
    int RegionId { get; }
    int? MunicipalityId { get; }
    int? OrganizationId { get; }
}

public static class Territorial
{
    public static Monitoring.MonitoringLevel LevelOf(this ITerritorial t) => LevelOf(t.MunicipalityId, t.OrganizationId);

    /// <summary>The level of a record from its owner columns (for rows projected from a query).</summary>
    public static Monitoring.MonitoringLevel LevelOf(int? municipalityId, int? organizationId) =>
        organizationId is not null ? Monitoring.MonitoringLevel.Organization
        : municipalityId is not null ? Monitoring.MonitoringLevel.Municipality : Monitoring.MonitoringLevel.Region;
}
