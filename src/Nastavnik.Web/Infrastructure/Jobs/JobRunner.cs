using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Audit;

namespace Nastavnik.Web.Infrastructure.Jobs;

/// <summary>Polls the jobs table and runs queued jobs. A job is claimed with a conditional UPDATE, so
/// when several instances poll the same database exactly one of them runs it.</summary>
public class JobRunner(IServiceScopeFactory scopes, ILogger<JobRunner> log, TimeProvider clock, IConfiguration config, LiveJobProgress live) : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(config.GetValue("Jobs:PollMilliseconds", 500));
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
        // No ORDER BY on the timestamp: SQLite cannot sort DateTimeOffset; jobs are few and short, any queued one will do.
        var candidate = await db.Jobs.AsNoTracking().Where(j => j.Status == JobStatus.Queued)
            .Select(j => (Guid?)j.Id).FirstOrDefaultAsync(ct);
        if (candidate is not { } id) return false;

        var now = clock.GetUtcNow();
        var claimed = await db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Running)
                .SetProperty(j => j.ClaimedBy, _instance).SetProperty(j => j.StartedAt, now), ct);
        if (claimed != 1) return true; // another instance took it

        var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().SingleOrDefault(h => h.Kind == job.Kind);
        var actor = scope.ServiceProvider.GetRequiredService<AuditActor>();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == job.CreatedByUserId, ct);
        actor.UserId = job.CreatedByUserId;
        actor.UserName = user?.FullName ?? "система";

        string? result = null, error = null;
        try
        {
            if (handler is null) throw new DomainException($"Неизвестный вид задачи: {job.Kind}");
            var output = await handler.RunAsync(job, new JobProgress(scopes, live, id, writeToDatabase: db.IsPostgres), ct);
            result = JsonSerializer.Serialize(output);
        }
        catch (DomainException ex)
        {
            error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Job {JobId} ({Kind}) failed", id, job.Kind);
            error = "Внутренняя ошибка при выполнении задачи. Данные не изменены; обратитесь к администратору.";
        }

        using var finish = scopes.CreateScope();
        var fdb = finish.ServiceProvider.GetRequiredService<AppDbContext>();
        var done = clock.GetUtcNow();
        await fdb.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, error is null ? JobStatus.Succeeded : JobStatus.Failed)
            .SetProperty(j => j.ProgressPercent, 100)
            .SetProperty(j => j.Result, result)
            .SetProperty(j => j.Error, error)
            .SetProperty(j => j.FinishedAt, done), CancellationToken.None);
        live.Remove(id);
        return true;
    }
}

public static class JobRegistration
{
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<JobQueue>();
        services.AddSingleton<LiveJobProgress>();
        services.AddSingleton<JobRunner>();
        if (config.GetValue("Jobs:Enabled", true))
            services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        return services;
    }
}
