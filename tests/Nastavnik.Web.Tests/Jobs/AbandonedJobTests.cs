using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Infrastructure.Jobs;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Jobs;

/// <summary>A job whose instance died (SIGKILL, host gone) is left «running» with a lease that runs out: the runner
/// queues it again and it completes once; after too many lost claims it fails cleanly; a claim that was taken over
/// cannot finish the job. (scripts/faults.sh kills a real process; here the row it leaves behind is written directly.)</summary>
public abstract class AbandonedJobTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<(int Organization, Guid Session)> PreparedImportAsync(string school, params string[] people)
    {
        var org = await app.NewSchoolAsync(school);
        var client = await app.LoginAsync("seversk");
        var csv = "ФИО;Дата рождения\r\n" + string.Join("\r\n", people) + "\r\n";
        var upload = await ImportDriver.UploadAsync(client, "list.csv", Encoding.UTF8.GetBytes(csv), "Mentees", org);
        var mapUrl = upload.Headers.Location!.ToString();
        var mapping = ImportDriver.ProposedMapping(await client.GetStringAsync(mapUrl))
            .Where(m => m.Value != "").ToDictionary(m => int.Parse(m.Key["columns[".Length..^1]), m => m.Value);
        var session = Guid.Parse(mapUrl.Split('/').Last());
        await using (var db = app.NewDbContext())
            await db.ImportSessions.Where(s => s.Id == session).ExecuteUpdateAsync(s => s.SetProperty(x => x.Mapping, ImportSessionMapping.Serialize(mapping)));
        return (org, session);
    }

    /// <summary>The row a killed instance leaves: running, claimed by it, its last heartbeat ten minutes ago.</summary>
    private async Task<Guid> AbandonedImportJobAsync(Guid session, int attempts)
    {
        await using var db = app.NewDbContext();
        var userId = await db.Users.Where(u => u.UserName == "seversk").Select(u => u.Id).SingleAsync();
        var longAgo = DateTimeOffset.UtcNow.AddMinutes(-10);
        var job = new BackgroundJob
        {
            Id = Guid.NewGuid(), Kind = ImportJobHandler.JobKind, Payload = JsonSerializer.Serialize(new ImportJobPayload(session)),
            CreatedByUserId = userId, Status = JobStatus.Running, ProgressPercent = 40, ClaimedBy = "killed-host:4242:dead",
            Attempts = attempts, CreatedAt = longAgo, StartedAt = longAgo, HeartbeatAt = longAgo,
        };
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }

    private async Task<BackgroundJob> FinishedAsync(Guid id)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var db = app.NewDbContext();
            var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id);
            if (job.Status is JobStatus.Succeeded or JobStatus.Failed) return job;
            await Task.Delay(100);
        }
        throw new TimeoutException("the abandoned job was not taken over in 30 s");
    }

    [Fact]
    public async Task AnImportWhoseInstanceWasKilledIsTakenOverAndLandsExactlyOnce()
    {
        var (org, session) = await PreparedImportAsync("МБОУ «СОШ № 301» (прерванный импорт)",
            "Лебедева Ирина Олеговна;02.02.1992", "Зайцев Павел Андреевич;03.03.1993", "Орлова Анна Сергеевна;04.04.1994");
        var id = await AbandonedImportJobAsync(session, attempts: 1);

        var job = await FinishedAsync(id);

        job.Status.ShouldBe(JobStatus.Succeeded, job.Error);
        job.Attempts.ShouldBe(2, "claimed a second time, by a living instance");
        job.ClaimedBy.ShouldNotBe("killed-host:4242:dead");
        JsonDocument.Parse(job.Result!).RootElement.GetProperty("Mentees").GetInt32().ShouldBe(3);
        await using var db = app.NewDbContext();
        (await db.Mentees.CountAsync(m => m.Person!.OrganizationId == org)).ShouldBe(3);
    }

    [Fact]
    public async Task AJobThatLostItsInstanceTooOftenFailsWithARussianMessageAndWritesNothing()
    {
        var (org, session) = await PreparedImportAsync("МБОУ «СОШ № 302» (трижды прерванный импорт)", "Соколова Вера Ильинична;05.05.1985");
        var id = await AbandonedImportJobAsync(session, attempts: JobRunner.MaxAttempts);

        var job = await FinishedAsync(id);

        job.Status.ShouldBe(JobStatus.Failed);
        job.Error.ShouldBe(JobRunner.AbandonedTooOften);
        job.Attempts.ShouldBe(JobRunner.MaxAttempts, "not claimed again");
        await using var db = app.NewDbContext();
        (await db.People.CountAsync(p => p.OrganizationId == org)).ShouldBe(0);
    }

    [Fact]
    public async Task AClaimThatWasTakenOverCannotFinishTheJobAndItsWorkRollsBack()
    {
        var org = await app.NewSchoolAsync("МБОУ «СОШ № 303» (перехваченная задача)");
        await using var db = app.NewDbContext();
        var userId = await db.Users.Where(u => u.UserName == "seversk").Select(u => u.Id).SingleAsync();
        // Attempt 2 now holds the job; an instance still running attempt 1 tries to write and finish.
        var job = new BackgroundJob
        {
            Id = Guid.NewGuid(), Kind = "test-kind", Payload = "{}", CreatedByUserId = userId, Status = JobStatus.Running,
            ClaimedBy = "new-owner", Attempts = 2, CreatedAt = DateTimeOffset.UtcNow, StartedAt = DateTimeOffset.UtcNow, HeartbeatAt = DateTimeOffset.UtcNow,
        };
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        var progress = new JobProgress(app.Services.GetRequiredService<IServiceScopeFactory>(), new LiveJobProgress(), job.Id, attempt: 1,
            TimeProvider.System, writeToDatabase: true);

        await using (var work = app.NewDbContext())
        {
            await using var transaction = await work.Database.BeginTransactionAsync();
            work.People.Add(new Domain.People.Person { LastName = "Опоздавшая", FirstName = "Запись", OrganizationId = org });
            await work.SaveChangesAsync();
            await Should.ThrowAsync<JobClaimLostException>(() => progress.CompleteInTransactionAsync(work, new { Done = true }, default));
        } // disposed without commit: rolled back

        await using var check = app.NewDbContext();
        (await check.People.CountAsync(p => p.OrganizationId == org)).ShouldBe(0);
        var after = await check.Jobs.AsNoTracking().SingleAsync(j => j.Id == job.Id);
        (after.Status, after.Attempts, after.ClaimedBy).ShouldBe((JobStatus.Running, 2, "new-owner"));
        await check.Jobs.Where(j => j.Id == job.Id).ExecuteDeleteAsync();
    }
}

public sealed class AbandonedJobTestsOnPostgres(PostgresApp app) : AbandonedJobTests<PostgresApp>(app);
public sealed class AbandonedJobTestsOnSqlite(SqliteApp app) : AbandonedJobTests<SqliteApp>(app);
