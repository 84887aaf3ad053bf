using Microsoft.AspNetCore.Http.HttpResults;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Features.Api;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Monitoring;

/// <summary>GET /api/v1/monitoring: the figures of the caller's territory (or a child of it) and of its children, for the
/// upper level's own tools; the rows are those of the CSV/XLSX export (docs/monitoring-export.md).</summary>
public static class MonitoringApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/monitoring", async Task<Results<Ok<List<FigureRow>>, NotFound>> (int? year, MentoringForms? form, OrganizationType? type, int? municipality, int? organization,
                MonitoringTerritories territories, MonitoringCalculator calculator, ClaimsPrincipalAccessor who, Infrastructure.Time.TerritoryClock clock, CancellationToken ct) =>
            {
                if (await territories.ResolveAsync(who.Scope, municipality, organization, ct) is not { } territory) return TypedResults.NotFound();
                var y = year is { } v && v >= 2000 && v <= clock.Today.Year ? v : clock.Today.Year;
                var figures = await calculator.ComputeAsync(territory, new MonitoringFilter(y, form, type), ct);
                return TypedResults.Ok(FiguresExport.Rows(figures).ToList());
            })
            .WithTags("Мониторинг").RequireAuthorization(Policies.EditRegistries)
            .WithSummary("Показатели мониторинга территории и её дочерних территорий за год (раскладка — docs/monitoring-export.md)");
}
