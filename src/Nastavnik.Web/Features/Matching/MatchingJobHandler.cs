using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Jobs;

namespace Nastavnik.Web.Features.Matching;

public sealed record MatchingJobResult(int Pairs, int Unmatched, long TotalScore);

/// <summary>Runs a program's matching in the background with the scope of the user who started it.</summary>
public class MatchingJobHandler(AppDbContext db, MatchingRunService runs) : IJobHandler
{
    public const string JobKind = "program-matching";
    public string Kind => JobKind;

    public async Task<object> RunAsync(BackgroundJob job, JobProgress progress, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<MatchingJobPayload>(job.Payload) ?? throw new DomainException("Пустое задание подбора.");
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == job.CreatedByUserId, ct);
        var result = await runs.SolveAsync(user.Scope, payload.RunId, progress.ReportAsync, ct);
        return new MatchingJobResult(result.Pairs.Count, result.Unmatched.Count, result.TotalScore);
    }
}
