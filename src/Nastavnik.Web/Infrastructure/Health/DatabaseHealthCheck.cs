using Microsoft.Extensions.Diagnostics.HealthChecks;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Infrastructure.Health;

public class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("База данных недоступна");
}
