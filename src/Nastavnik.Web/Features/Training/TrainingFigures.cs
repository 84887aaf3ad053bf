using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Training;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Features.Training;

/// <summary>
/// Who has finished training by a date within a territory (by where the person works, whatever level ran the course):
/// the evidence behind «наставников, прошедших обучение» and «кураторов, прошедших КПК». One row per person — his latest
/// training by that date — so the count of rows is the count of people. Each method is one SQL query.
/// </summary>
public class TrainingFigures(AppDbContext db)
{
    /// <summary>Mentors whose training is passed by <paramref name="asOf"/>: a course finished with its document, or a
    /// training recorded on the mentor's card — the same records that make «обучение пройдено» in the base of mentors.</summary>
    public async Task<IReadOnlyList<TrainedPerson>> MentorsTrainedAsync(TerritoryRef territory, DateOnly asOf, CancellationToken ct)
    {
        var passed = db.MentorPreparations.Where(r => r.Kind == PreparationKind.Training && r.Passed && r.HeldOn <= asOf);
        var latest = passed.Where(r => !passed.Any(x => x.MentorId == r.MentorId && (x.HeldOn > r.HeldOn || (x.HeldOn == r.HeldOn && x.Id > r.Id))));
        var rows = from r in latest
                   join m in db.Mentors on r.MentorId equals m.Id
                   join p in db.People.Where(Within(territory)) on m.PersonId equals p.Id
                   join e in db.CourseEnrolments on r.Id equals e.PreparationId into completions
                   from e in completions.DefaultIfEmpty()
                   join c in db.TrainingCourses on e!.CourseId equals c.Id into courses
                   from c in courses.DefaultIfEmpty()
                   orderby p.LastName, p.FirstName, p.Id
                   select new TrainedPerson(p.Id, p.FullName,
                       p.OrganizationId, p.Organization!.ShortName ?? p.Organization!.Name, c == null ? null : c.Id,
                       c == null ? r.Outcome ?? "обучение отмечено в базе наставников" : c.Name, c == null ? null : c.Kind,
                       e == null ? null : e.DocumentNumber, r.HeldOn,
                       e == null ? null : db.Files.Where(f => f.Owner == FileOwner.CourseCompletion && f.OwnerId == e.Id).Max(f => (int?)f.Id));
        return await rows.AsNoTracking().ToListAsync(ct);
    }

    /// <summary>Curators who have finished a course with its document by <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<TrainedPerson>> CuratorsTrainedAsync(TerritoryRef territory, DateOnly asOf, CancellationToken ct)
    {
        var done = db.CourseEnrolments.Where(e => e.Role == TraineeRole.Curator && e.DocumentDate != null && e.DocumentDate <= asOf);
        var latest = done.Where(e => !done.Any(x => x.PersonId == e.PersonId && (x.DocumentDate > e.DocumentDate || (x.DocumentDate == e.DocumentDate && x.Id > e.Id))));
        var rows = from e in latest
                   join p in db.People.Where(Within(territory)) on e.PersonId equals p.Id
                   join c in db.TrainingCourses on e.CourseId equals c.Id
                   orderby p.LastName, p.FirstName, p.Id
                   select new TrainedPerson(p.Id, p.FullName,
                       p.OrganizationId, p.Organization!.ShortName ?? p.Organization!.Name, c.Id, c.Name, c.Kind, e.DocumentNumber, e.DocumentDate!.Value,
                       db.Files.Where(f => f.Owner == FileOwner.CourseCompletion && f.OwnerId == e.Id).Max(f => (int?)f.Id));
        return await rows.AsNoTracking().ToListAsync(ct);
    }

    /// <summary>People who work in the territory.</summary>
    private static Expression<Func<Person, bool>> Within(TerritoryRef t) => t.Level switch
    {
        MonitoringLevel.Region => p => p.Organization!.Municipality!.RegionId == t.Id,
        MonitoringLevel.Municipality => p => p.Organization!.MunicipalityId == t.Id,
        _ => p => p.OrganizationId == t.Id,
    };
}
