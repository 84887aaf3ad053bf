using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Audit;
using Nastavnik.Web.Infrastructure.Configuration;
using Nastavnik.Web.Infrastructure.Logging;

namespace Nastavnik.Web.Infrastructure.Jobs;

/// <summary>Polls the jobs table and runs queued jobs. A job is claimed with a conditional UPDATE, so when several
/// instances poll the same database exactly one of them runs it. The claiming instance renews the job's lease
/// (heartbeat); a running job whose lease ran out (its instance was killed) is queued again for any instance, and
/// failed after <see cref="MaxAttempts"/> claims. Every write of a claim names its attempt (fencing token), so an
/// instance that lost its claim cannot finish the job over the new claimant.</summary>
public class JobRunner(IServiceScopeFactory scopes, ILogger<JobRunner> log, TimeProvider clock, IOptions<JobsOptions> options, LiveJobProgress live) : BackgroundService
{
    public const int MaxAttempts = 3;
    public const string AbandonedTooOften = "Задача прервана сбоем сервера несколько раз подряд и остановлена. Данные не изменены; запустите её заново или обратитесь к администратору.";
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunNextAsync(stoppingToken))
                    await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception ex)
            {
                log.LogError(ex, "Job runner loop failed");
                await Task.Delay(interval, stoppingToken);
            }
        }
    }

    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await RequeueAbandonedAsync(db, ct);
        // No ORDER BY on the timestamp: SQLite cannot sort DateTimeOffset; jobs are few and short, any queued one will do.
        var candidate = await db.Jobs.AsNoTracking().Where(j => j.Status == JobStatus.Queued)
            .Select(j => new { j.Id, j.Attempts }).FirstOrDefaultAsync(ct);
        if (candidate is null) return false;

        var (id, attempt) = (candidate.Id, candidate.Attempts + 1);
        var now = clock.GetUtcNow();
        var claimed = await db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Queued && j.Attempts == candidate.Attempts)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Running).SetProperty(j => j.Attempts, attempt)
                .SetProperty(j => j.ClaimedBy, _instance).SetProperty(j => j.StartedAt, now).SetProperty(j => j.HeartbeatAt, now), ct);
        if (claimed != 1) return true; // another instance took it

        var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().SingleOrDefault(h => h.Kind == job.Kind);
        var actor = scope.ServiceProvider.GetRequiredService<AuditActor>();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == job.CreatedByUserId, ct);
        actor.UserId = job.CreatedByUserId;
        actor.UserName = user?.FullName ?? "система";
        // The job's "today" is its owner's region's.
        scope.ServiceProvider.GetRequiredService<Time.TerritoryClock>().UseRegion(user?.RegionId);

        string? result = null, error = null;
        // SQLite allows one writer: while the job's own transaction writes, a heartbeat would wait for it. There the
        // app is a single instance, and a lease only runs out after a crash (the restarted runner requeues the job).
        await using (var heartbeat = db.IsPostgres ? JobHeartbeat.Start(scopes, clock, id, attempt, Lease / 4) : null)
        {
            try
            {
                if (handler is null) throw new DomainException($"Неизвестный вид задачи: {job.Kind}");
                var output = await handler.RunAsync(job, new JobProgress(scopes, live, id, attempt, clock, writeToDatabase: db.IsPostgres), ct);
                result = JsonSerializer.Serialize(output);
            }
            catch (JobClaimLostException)
            {
                log.LogWarning("Job {JobId} attempt {Attempt} lost its claim to another instance; its work was rolled back", id, attempt);
                live.Remove(id);
                return true;
            }
            catch (DomainException ex)
            {
                error = ex.Message;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.JobFailed(ex, id, job.Kind, attempt);
                error = "Внутренняя ошибка при выполнении задачи. Данные не изменены; обратитесь к администратору.";
            }
        }

        using var finish = scopes.CreateScope();
        var fdb = finish.ServiceProvider.GetRequiredService<AppDbContext>();
        var done = clock.GetUtcNow();
        // Only this claim may finish the job; a handler that finished it inside its own transaction already did.
        await fdb.Jobs.Where(j => j.Id == id && j.Attempts == attempt && j.Status == JobStatus.Running).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, error is null ? JobStatus.Succeeded : JobStatus.Failed)
            .SetProperty(j => j.ProgressPercent, 100)
            .SetProperty(j => j.Result, result)
            .SetProperty(j => j.Error, error)
            .SetProperty(j => j.FinishedAt, done), CancellationToken.None);
        live.Remove(id);
        return true;
    }

    /// <summary>Running jobs whose lease ran out lost their instance (killed, host gone): their work was one
    /// transaction that never committed, so they are queued again — or failed once they were claimed too often.</summary>
    private async Task RequeueAbandonedAsync(AppDbContext db, CancellationToken ct)
    {
        var expiredBefore = clock.GetUtcNow() - Lease;
        // Compared here, not in SQL: SQLite cannot compare DateTimeOffset; running jobs are few.
        var running = await db.Jobs.AsNoTracking().Where(j => j.Status == JobStatus.Running && j.ClaimedBy != _instance)
            .Select(j => new { j.Id, j.Attempts, j.HeartbeatAt, j.StartedAt, j.ClaimedBy }).ToListAsync(ct);
        foreach (var j in running.Where(j => (j.HeartbeatAt ?? j.StartedAt) < expiredBefore))
        {
            var same = db.Jobs.Where(x => x.Id == j.Id && x.Status == JobStatus.Running && x.Attempts == j.Attempts);
            var changed = j.Attempts >= MaxAttempts
                ? await same.ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, JobStatus.Failed).SetProperty(x => x.Error, AbandonedTooOften)
                    .SetProperty(x => x.ProgressPercent, 100).SetProperty(x => x.FinishedAt, clock.GetUtcNow()), ct)
                : await same.ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, JobStatus.Queued).SetProperty(x => x.ClaimedBy, (string?)null)
                    .SetProperty(x => x.ProgressMessage, "Сервер, выполнявший задачу, остановился; задача поставлена в очередь заново"), ct);
            if (changed == 1)
                log.LogWarning("Job {JobId} lost its instance {Instance} (attempt {Attempt}): {Outcome}", j.Id, j.ClaimedBy, j.Attempts,
                    j.Attempts >= MaxAttempts ? "failed" : "queued again");
        }
    }
}

public static class JobRegistration
{
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<JobQueue>();
        services.AddSingleton<LiveJobProgress>();
        services.AddSingleton<JobRunner>();
        if (config.GetSection(JobsOptions.Section).Get<JobsOptions>()?.Enabled ?? true)
            services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        return services;
    }
}
