using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Reports;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Features.Monitoring.Report;

/// <summary>The report's conclusions and recommendations as edited for a territory and year; the territory is one the
/// user's scope resolves to (his own or a child of it), so nobody edits another territory's report.</summary>
public class ReportTextService(AppDbContext db)
{
    public Task<ReportText?> FindAsync(Territory territory, int year, CancellationToken ct) =>
        db.ReportTexts.AsNoTracking().SingleOrDefaultAsync(t => t.Level == territory.Level && t.TerritoryId == territory.Id && t.Year == year, ct);

    public async Task SaveAsync(Territory territory, int year, string user, string? conclusions, string? recommendations, Guid? stamp, CancellationToken ct)
    {
        var text = await db.ReportTexts.SingleOrDefaultAsync(t => t.Level == territory.Level && t.TerritoryId == territory.Id && t.Year == year, ct);
        if (text is null) db.ReportTexts.Add(text = new ReportText { RegionId = await RegionOfAsync(territory, ct), Level = territory.Level, TerritoryId = territory.Id, Year = year });
        else db.ExpectVersion(text, stamp);
        text.Edit(conclusions, recommendations, user, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task<int> RegionOfAsync(Territory territory, CancellationToken ct) => territory.Level switch
    {
        MonitoringLevel.Region => territory.Id,
        MonitoringLevel.Municipality => await db.Municipalities.Where(m => m.Id == territory.Id).Select(m => m.RegionId).SingleAsync(ct),
        _ => await db.Organizations.Where(o => o.Id == territory.Id).Select(o => o.Municipality!.RegionId).SingleAsync(ct),
    };

    /// <summary>Back to the draft drawn from the figures.</summary>
    public async Task ResetAsync(Territory territory, int year, CancellationToken ct) =>
        await db.ReportTexts.Where(t => t.Level == territory.Level && t.TerritoryId == territory.Id && t.Year == year).ExecuteDeleteAsync(ct);
}
