using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Errors;

namespace Nastavnik.Web.Features.Monitoring.Targets;

/// <summary>The targets a territory sets for itself in the catalogue: the regional operator for his region, a municipal
/// coordinator for his municipality, an organization's head or curator for the organization. Nobody sets another
/// territory's target.</summary>
public class TargetService(AppDbContext db, MonitoringTerritories territories)
{
    public static bool CanSet(UserScope scope) =>
        scope.CanEditRegistries && scope.Level is ScopeLevel.Region or ScopeLevel.Municipality or ScopeLevel.Organization;

    public Task<List<TerritoryTarget>> OwnAsync(Territory territory, CancellationToken ct) =>
        db.TerritoryTargets.AsNoTracking().Where(t => t.Level == territory.Level && t.TerritoryId == territory.Id)
            .OrderBy(t => t.Metric).ThenBy(t => t.Year).ToListAsync(ct);

    /// <summary>Sets the territory's target for an indicator and a year, or changes the one set (from its own row, which
    /// carries its version).</summary>
    /// <param name="stamp">The version the user saw when changing a target; a target changed since is not overwritten, and
    /// a target cannot be replaced unseen (without a stamp).</param>
    public async Task<TerritoryTarget> SetAsync(UserScope scope, string user, MetricCode metric, int year, decimal value, string? document, Guid? stamp, CancellationToken ct)
    {
        var territory = await OwnTerritoryAsync(scope, ct);
        var definition = IndicatorCatalogue.Get(metric);
        if (!definition.Levels.Contains(territory.Level))
            throw new DomainException($"Показатель «{definition.Name}» не ведётся на уровне «{territory.Level.Ru()}».", "Metric");
        TerritoryTarget.Validate(definition, year, value, document);
        var target = await db.TerritoryTargets.SingleOrDefaultAsync(t => t.Level == territory.Level && t.TerritoryId == territory.Id && t.Metric == metric && t.Year == year, ct);
        if (target is null)
        {
            target = new TerritoryTarget { RegionId = scope.RegionId!.Value, Level = territory.Level, TerritoryId = territory.Id, Metric = metric, Year = year, Document = "", SetBy = "" };
            db.TerritoryTargets.Add(target);
        }
        else if (stamp is null)
            throw new DomainException($"Цель на {year} год по показателю «{definition.Name}» уже установлена ({target.Value:0.##}, {target.Document}): "
                + "измените её в строке каталога.", "Year");
        else db.ExpectVersion(target, stamp);
        (target.Value, target.Document, target.SetBy, target.SetAt) = (value, document!.Trim(), user, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return target;
    }

    public async Task DeleteAsync(UserScope scope, int id, CancellationToken ct)
    {
        var territory = await OwnTerritoryAsync(scope, ct);
        var target = await db.TerritoryTargets.SingleOrDefaultAsync(t => t.Id == id && t.Level == territory.Level && t.TerritoryId == territory.Id, ct)
            ?? throw new NotFoundException();
        db.TerritoryTargets.Remove(target);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Territory> OwnTerritoryAsync(UserScope scope, CancellationToken ct) =>
        CanSet(scope) && await territories.ResolveAsync(scope, null, null, ct) is { } territory
            ? territory
            : throw new ForbiddenException("Цели своей территории устанавливают региональный оператор, муниципальный координатор или руководитель (куратор) организации.");
}
