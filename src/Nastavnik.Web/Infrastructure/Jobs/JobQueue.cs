using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Infrastructure.Jobs;

/// <summary>Enqueues jobs and reports their progress; the progress goes straight to the row the page polls.</summary>
public class JobQueue(AppDbContext db, TimeProvider clock, LiveJobProgress live)
{
    public async Task<BackgroundJob> EnqueueAsync(string kind, object payload, string userId, int? organizationId)
    {
        var job = Add(kind, payload, userId, organizationId);
        await db.SaveChangesAsync();
        return job;
    }

    /// <summary>Adds the job to the caller's unit of work: it becomes visible to the runners only with the caller's own
    /// changes (e.g. the record that points to the job), in the same save.</summary>
    public BackgroundJob Add(string kind, object payload, string userId, int? organizationId)
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
        return job;
    }

    public async Task<BackgroundJob?> FindAsync(Guid id, string userId, CancellationToken ct = default)
    {
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.CreatedByUserId == userId, ct);
        if (job is { Status: JobStatus.Running } && live.TryGet(id, out var percent, out var message))
        {
            job.ProgressPercent = percent;
            job.ProgressMessage = message;
        }
        return job;
    }
}

/// <summary>Progress of the jobs this instance runs, readable while the job's own transaction holds the database
/// (SQLite allows one writer at a time, so there the progress is kept only here).</summary>
public sealed class LiveJobProgress
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (int, string)> _progress = new();
    public void Set(Guid id, int percent, string message) => _progress[id] = (percent, message);
    public void Remove(Guid id) => _progress.TryRemove(id, out _);
    public bool TryGet(Guid id, out int percent, out string message)
    {
        var found = _progress.TryGetValue(id, out var p);
        (percent, message) = found ? p : (0, "");
        return found;
    }
}

/// <summary>Reports a running job's progress: in memory for this instance, and (on PostgreSQL) in its own short
/// transactions, so other instances behind a load balancer see it too.</summary>
public sealed class JobProgress(IServiceScopeFactory scopes, LiveJobProgress live, Guid jobId, int attempt, TimeProvider clock, bool writeToDatabase)
{
    private int _lastPercent = -1;

    public async Task ReportAsync(int percent, string message)
    {
        percent = Math.Clamp(percent, 0, 100);
        if (percent == _lastPercent) return;
        _lastPercent = percent;
        live.Set(jobId, percent, message);
        if (!writeToDatabase) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Jobs.Where(j => j.Id == jobId && j.Attempts == attempt).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.ProgressPercent, percent)
            .SetProperty(j => j.ProgressMessage, message));
    }

    /// <summary>Marks the job succeeded inside the caller's open transaction, so the work and «done» commit together:
    /// a crash after the commit cannot make another instance run the job again. Throws
    /// <see cref="JobClaimLostException"/> (and the caller's transaction rolls back) when this claim no longer holds the job.</summary>
    public async Task CompleteInTransactionAsync(AppDbContext db, object result, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(result);
        var now = clock.GetUtcNow();
        var updated = await db.Jobs.Where(j => j.Id == jobId && j.Attempts == attempt && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Succeeded).SetProperty(j => j.ProgressPercent, 100)
                .SetProperty(j => j.Result, json).SetProperty(j => j.FinishedAt, now), ct);
        if (updated != 1) throw new JobClaimLostException();
    }
}

/// <summary>This instance's claim on a job ran out and another instance took it over: stop, write nothing.</summary>
public sealed class JobClaimLostException() : Exception("The job was claimed again by another instance.");

public interface IJobHandler
{
    string Kind { get; }
    /// <returns>The result, serialised as JSON into the job row.</returns>
    Task<object> RunAsync(BackgroundJob job, JobProgress progress, CancellationToken cancellationToken);
}
