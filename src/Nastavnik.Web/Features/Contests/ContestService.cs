using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Contests;
using Nastavnik.Domain.Files;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Files;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Errors;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Contests;

public sealed record ContestRow(int Id, string Title, int Year, ContestStage Stage, DateOnly ApplicationsUntil, string Owner, int Applications, int ToScore);

public sealed record ApplicationRow(int Id, string Nomination, string Title, string ApplicantName, string Organization, string Municipality,
    DateTimeOffset SubmittedAt, int? Place, string? AwardTitle, int OrganizationId);

public sealed record AssignmentRow(int Id, int ApplicationId, string Application, string Nomination, string Expert, bool Submitted, decimal? Total);

/// <summary>Конкурсы: creating a contest, applications with files, jurors and their assignments (conflicts of interest
/// excluded), scoring, ranking and results; the share of municipalities taking part.</summary>
public class ContestService(AppDbContext db, FileStore files, TerritoryClock clock)
{
    public async Task<List<ContestRow>> ListAsync(UserScope scope, string userId, CancellationToken ct = default)
    {
        var experts = db.ContestExperts.Where(x => x.UserId == userId).Select(x => x.Id);
        return await Readable(scope, userId)
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Id)
            .Select(c => new ContestRow(c.Id, c.Title, c.Year, c.Stage, c.ApplicationsUntil,
                c.OrganizationId != null ? db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.ShortName ?? o.Name).First()
                : c.MunicipalityId != null ? db.Municipalities.Where(m => m.Id == c.MunicipalityId).Select(m => m.Name).First()
                : db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
                db.ContestApplications.Count(a => a.ContestId == c.Id),
                db.ContestAssignments.Count(a => a.ContestId == c.Id && a.SubmittedAt == null && experts.Contains(a.ExpertId))))
            .Take(500).ToListAsync(ct);
    }

    /// <summary>A contest the user sees: of his levels, or one he is a juror of.</summary>
    public Task<Contest?> FindAsync(UserScope scope, string userId, int id, CancellationToken ct = default) =>
        Readable(scope, userId).SingleOrDefaultAsync(c => c.Id == id, ct);

    private IQueryable<Contest> Readable(UserScope scope, string userId)
    {
        var visible = db.Contests.VisibleTo(scope).Select(v => v.Id);
        return db.Contests.AsNoTracking().Where(c => visible.Contains(c.Id) || db.ContestExperts.Any(x => x.ContestId == c.Id && x.UserId == userId));
    }

    public Task<bool> CanManageAsync(UserScope scope, int id, CancellationToken ct = default) => db.Contests.EditableBy(scope).AnyAsync(c => c.Id == id, ct);

    private async Task<Contest> ManagedAsync(UserScope scope, int id, CancellationToken ct) =>
        await db.Contests.EditableBy(scope).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();

    public async Task<Contest> CreateAsync(UserScope scope, string title, int year, DateOnly applicationsUntil, string? description,
        string? nominations, string? criteria, CancellationToken ct = default)
    {
        var (region, municipality, organization) = TerritorialScope.OwnLevel(scope);
        var contest = Contest.Create(region, municipality, organization, title, year, applicationsUntil, description,
            (nominations ?? "").Split('\n'), Contest.ParseCriteria(criteria));
        db.Contests.Add(contest);
        await db.SaveChangesAsync(ct);
        return contest;
    }

    /// <summary>Applications the user may see: all for the organizer; his organization's for its staff (his own for a mentor);
    /// those assigned to him for a juror; after the results, every application with its place.</summary>
    public async Task<List<ApplicationRow>> ApplicationsAsync(UserScope scope, string userId, Contest contest, CancellationToken ct = default)
    {
        var query = db.ContestApplications.AsNoTracking().Where(a => a.ContestId == contest.Id);
        if (contest.Stage != ContestStage.Results && !await CanManageAsync(scope, contest.Id, ct))
        {
            var assigned = db.ContestAssignments.Where(x => db.ContestExperts.Any(e => e.Id == x.ExpertId && e.UserId == userId)).Select(x => x.ApplicationId);
            int organization = scope.OrganizationId ?? -1, person = scope.PersonId ?? -1;
            query = scope.Level == ScopeLevel.Own
                ? query.Where(a => a.PersonId == person || assigned.Contains(a.Id))
                : query.Where(a => a.OrganizationId == organization || assigned.Contains(a.Id)
                    || (scope.Level == ScopeLevel.Municipality && a.MunicipalityId == scope.MunicipalityId));
        }
        return await query.OrderBy(a => a.Nomination).ThenBy(a => a.Place == null).ThenBy(a => a.Place).ThenBy(a => a.Id)
            .Select(a => new ApplicationRow(a.Id, a.Nomination, a.Title, a.ApplicantName,
                db.Organizations.Where(o => o.Id == a.OrganizationId).Select(o => o.ShortName ?? o.Name).First(),
                db.Municipalities.Where(m => m.Id == a.MunicipalityId).Select(m => m.Name).First(), a.SubmittedAt, a.Place, a.AwardTitle, a.OrganizationId))
            .ToListAsync(ct);
    }

    /// <summary>A mentor applies for himself; the staff of an organization apply for it (or name one of its mentors).</summary>
    public async Task<ContestApplication> ApplyAsync(UserScope scope, int contestId, string nomination, string title, string? summary,
        int? mentorPersonId, UploadedFile? file, string userId, CancellationToken ct = default)
    {
        var contest = await FindAsync(scope, userId, contestId, ct) ?? throw new NotFoundException();
        if (scope.OrganizationId is not { } organizationId || scope.MunicipalityId is not { } municipalityId)
            throw new DomainException("Заявку подаёт наставник или образовательная организация.");
        var personId = scope.Level == ScopeLevel.Own ? scope.PersonId : mentorPersonId;
        string applicant;
        if (personId is { } p)
        {
            var person = await db.People.AsNoTracking().Where(x => x.Id == p && x.OrganizationId == organizationId)
                .Select(x => x.FullName).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("Наставник не найден в базе вашей организации.", "MentorPersonId");
            applicant = person;
        }
        else applicant = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).SingleAsync(ct);
        var application = ContestApplication.Submit(contest, nomination, title, applicant, personId, organizationId, municipalityId, summary, clock.Today, clock.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ContestApplications.Add(application);
        await db.SaveChangesAsync(ct);
        if (file is not null)
        {
            files.Add(FileOwner.ContestApplication, application.Id, file);
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return application;
    }

    public async Task AddExpertAsync(UserScope scope, int contestId, string? login, CancellationToken ct = default)
    {
        var contest = await ManagedAsync(scope, contestId, ct);
        if (contest.Stage == ContestStage.Results) throw new DomainException("Итоги уже подведены.");
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == (login ?? "").Trim(), ct)
            ?? throw new DomainException($"Пользователь с логином «{login}» не найден.", "Login");
        if (user.RegionId != contest.RegionId) throw new DomainException("Эксперт должен работать в регионе конкурса.", "Login");
        if (await db.ContestExperts.AnyAsync(x => x.ContestId == contestId && x.UserId == user.Id, ct)) throw new DomainException($"{user.FullName} уже в жюри.", "Login");
        db.ContestExperts.Add(new ContestExpert { ContestId = contestId, UserId = user.Id, FullName = user.FullName, OrganizationId = user.OrganizationId });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Gives every application to every juror except his own organization's; returns how many were excluded as conflicts.</summary>
    public async Task<int> AssignAllAsync(UserScope scope, int contestId, CancellationToken ct = default)
    {
        var contest = await ManagedAsync(scope, contestId, ct);
        if (contest.Stage == ContestStage.Results) throw new DomainException("Итоги уже подведены.");
        var experts = await db.ContestExperts.Where(x => x.ContestId == contestId).ToListAsync(ct);
        if (experts.Count == 0) throw new DomainException("Сначала добавьте экспертов в жюри.");
        var applications = await db.ContestApplications.Where(a => a.ContestId == contestId).ToListAsync(ct);
        var existing = (await db.ContestAssignments.Where(a => a.ContestId == contestId).Select(a => new { a.ApplicationId, a.ExpertId }).ToListAsync(ct))
            .Select(a => (a.ApplicationId, a.ExpertId)).ToHashSet();
        var conflicts = 0;
        foreach (var application in applications)
            foreach (var expert in experts.Where(e => !existing.Contains((application.Id, e.Id))))
            {
                if (expert.OrganizationId == application.OrganizationId) { conflicts++; continue; }
                db.ContestAssignments.Add(ContestAssignment.Assign(expert, application));
            }
        await db.SaveChangesAsync(ct);
        return conflicts;
    }

    /// <summary>Gives one application to one juror (refused on a conflict of interest).</summary>
    public async Task AssignAsync(UserScope scope, int contestId, int applicationId, int expertId, CancellationToken ct = default)
    {
        await ManagedAsync(scope, contestId, ct);
        var application = await db.ContestApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.ContestId == contestId, ct) ?? throw new NotFoundException();
        var expert = await db.ContestExperts.SingleOrDefaultAsync(e => e.Id == expertId && e.ContestId == contestId, ct) ?? throw new NotFoundException();
        if (await db.ContestAssignments.AnyAsync(a => a.ApplicationId == applicationId && a.ExpertId == expertId, ct)) throw new DomainException("Заявка уже у этого эксперта.");
        db.ContestAssignments.Add(ContestAssignment.Assign(expert, application));
        await db.SaveChangesAsync(ct);
    }

    public async Task StartReviewAsync(UserScope scope, int contestId, CancellationToken ct = default)
    {
        var contest = await ManagedAsync(scope, contestId, ct);
        contest.StartReview();
        await db.SaveChangesAsync(ct);
    }

    public async Task<List<AssignmentRow>> AssignmentsAsync(int contestId, string? userId, Contest contest, CancellationToken ct = default)
    {
        var rows = await db.ContestAssignments.AsNoTracking().Where(a => a.ContestId == contestId)
            .Where(a => userId == null || db.ContestExperts.Any(e => e.Id == a.ExpertId && e.UserId == userId))
            .Join(db.ContestApplications, a => a.ApplicationId, x => x.Id, (a, x) => new { a, x })
            .Join(db.ContestExperts, y => y.a.ExpertId, e => e.Id, (y, e) => new { y.a, y.x, e })
            .OrderBy(z => z.x.Nomination).ThenBy(z => z.x.Id).ThenBy(z => z.e.FullName)
            .Select(z => new { z.a.Id, z.a.ApplicationId, z.x.Title, z.x.Nomination, z.e.FullName, z.a.SubmittedAt, z.a.Scores }).ToListAsync(ct);
        return rows.Select(z => new AssignmentRow(z.Id, z.ApplicationId, z.Title, z.Nomination, z.FullName, z.SubmittedAt != null,
            z.SubmittedAt == null ? null : ContestAssignment.TotalOf(contest, z.Scores))).ToList();
    }

    public Task<List<ContestExpert>> ExpertsAsync(int contestId, CancellationToken ct = default) =>
        db.ContestExperts.AsNoTracking().Where(e => e.ContestId == contestId).OrderBy(e => e.FullName).ToListAsync(ct);

    /// <summary>The juror's own assignment (nobody else's).</summary>
    public async Task<(Contest Contest, ContestAssignment Assignment, ContestApplication Application)?> AssignmentAsync(string userId, int assignmentId, CancellationToken ct = default)
    {
        var assignment = await db.ContestAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && db.ContestExperts.Any(e => e.Id == a.ExpertId && e.UserId == userId), ct);
        if (assignment is null) return null;
        var contest = await db.Contests.SingleAsync(c => c.Id == assignment.ContestId, ct);
        var application = await db.ContestApplications.AsNoTracking().SingleAsync(a => a.Id == assignment.ApplicationId, ct);
        return (contest, assignment, application);
    }

    public async Task ScoreAsync(string userId, int assignmentId, IReadOnlyList<decimal?> scores, string? comment, Guid stamp, CancellationToken ct = default)
    {
        var (contest, assignment, _) = await AssignmentAsync(userId, assignmentId, ct) ?? throw new NotFoundException();
        db.ExpectVersion(assignment, stamp);
        assignment.Score(contest, scores, comment, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ContestScoring.Result>> RankingAsync(Contest contest, CancellationToken ct = default)
    {
        var applications = await db.ContestApplications.AsNoTracking().Where(a => a.ContestId == contest.Id).ToListAsync(ct);
        var assignments = await db.ContestAssignments.AsNoTracking().Where(a => a.ContestId == contest.Id).ToListAsync(ct);
        return ContestScoring.Rank(contest, applications, assignments);
    }

    public async Task PublishResultsAsync(UserScope scope, int contestId, string? resultDocument, CancellationToken ct = default)
    {
        var contest = await ManagedAsync(scope, contestId, ct);
        var applications = await db.ContestApplications.Where(a => a.ContestId == contestId).ToListAsync(ct);
        var assignments = await db.ContestAssignments.AsNoTracking().Where(a => a.ContestId == contestId).ToListAsync(ct);
        contest.PublishResults(applications, ContestScoring.Rank(contest, applications, assignments), resultDocument);
        await db.SaveChangesAsync(ct);
    }

    public async Task AttachAsync(UserScope scope, string userId, int contestId, int applicationId, UploadedFile file, CancellationToken ct = default)
    {
        var contest = await FindAsync(scope, userId, contestId, ct) ?? throw new NotFoundException();
        contest.EnsureStage(ContestStage.Applications, "Добавлять файлы к заявке");
        var own = (await ApplicationsAsync(scope, userId, contest, ct)).Any(a => a.Id == applicationId && a.OrganizationId == scope.OrganizationId);
        if (!own) throw new NotFoundException();
        files.Add(FileOwner.ContestApplication, applicationId, file);
        await db.SaveChangesAsync(ct);
    }

    public Task<List<FileRow>> FilesAsync(int applicationId, CancellationToken ct = default) => files.ListAsync(FileOwner.ContestApplication, applicationId, ct);

    public Task<ILookup<int, FileRow>> FilesAsync(IReadOnlyCollection<int> applicationIds, CancellationToken ct = default) =>
        files.ListAsync(FileOwner.ContestApplication, applicationIds, ct);
}
