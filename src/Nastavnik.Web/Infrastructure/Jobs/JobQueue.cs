using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Infrastructure.Jobs;

/// <summary>Enqueues jobs and reports their progress; the progress goes straight to the row the page polls.</summary>
public class JobQueue(AppDbContext db, TimeProvider clock)
{
    public async Task<BackgroundJob> EnqueueAsync(string kind, object payload, string userId, int? organizationId)
    {
        var job = new BackgroundJob
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Payload = JsonSerializer.Serialize(payload),
            CreatedByUserId = userId,
            OrganizationId = organizationId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    }

    public Task<BackgroundJob?> FindAsync(Guid id, string userId) =>
        db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.CreatedByUserId == userId);
}

/// <summary>Reports a running job's progress in its own short transactions.</summary>
public sealed class JobProgress(IServiceScopeFactory scopes, Guid jobId)
{
    private int _lastPercent = -1;

    public async Task ReportAsync(int percent, string message)
    {
        percent = Math.Clamp(percent, 0, 100);
        if (percent == _lastPercent) return;
        _lastPercent = percent;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Jobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.ProgressPercent, percent)
            .SetProperty(j => j.ProgressMessage, message));
    }
}

public interface IJobHandler
{
    string Kind { get; }
    /// <returns>The result, serialised as JSON into the job row.</returns>
    Task<object> RunAsync(BackgroundJob job, JobProgress progress, CancellationToken cancellationToken);
}
