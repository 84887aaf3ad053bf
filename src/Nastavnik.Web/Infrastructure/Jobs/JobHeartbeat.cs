using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Infrastructure.Jobs;

/// <summary>Renews a running job's lease every <c>period</c> in its own short transactions, for as long as this claim
/// (attempt) holds the job. Stopped by disposing.</summary>
public sealed class JobHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private JobHeartbeat(IServiceScopeFactory scopes, TimeProvider clock, Guid jobId, int attempt, TimeSpan period) =>
        _loop = BeatAsync(scopes, clock, jobId, attempt, period, _stop.Token);

    public static JobHeartbeat Start(IServiceScopeFactory scopes, TimeProvider clock, Guid jobId, int attempt, TimeSpan period) =>
        new(scopes, clock, jobId, attempt, period);

    private static async Task BeatAsync(IServiceScopeFactory scopes, TimeProvider clock, Guid jobId, int attempt, TimeSpan period, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(period, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    var now = clock.GetUtcNow();
                    await db.Jobs.Where(j => j.Id == jobId && j.Attempts == attempt && j.Status == JobStatus.Running)
                        .ExecuteUpdateAsync(s => s.SetProperty(j => j.HeartbeatAt, now), stop);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database may be restarting; the next tick tries again (the lease is several ticks long).
                }
            }
        }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
