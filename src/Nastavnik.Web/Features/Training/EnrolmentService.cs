using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Training;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Files;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Errors;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Training;

/// <summary>The people of a course within the user's scope: enrolment by an order, completion with the document and its
/// scan (a mentor's completion writes «обучение пройдено» into the base of mentors), removal before completion.</summary>
public class EnrolmentService(AppDbContext db, FileStore files, TerritoryClock clock)
{
    public Task<List<EnrolmentRow>> ListAsync(UserScope scope, int courseId, CancellationToken ct = default) =>
        db.CourseEnrolments.AsNoTracking().Where(e => e.CourseId == courseId)
            .Join(db.People.InScope(scope), e => e.PersonId, p => p.Id, (e, p) => new { e, p })
            .OrderBy(x => x.p.LastName).ThenBy(x => x.p.FirstName).ThenBy(x => x.e.Id)
            .Select(x => new EnrolmentRow(x.e.Id, x.p.Id, x.p.FullName,
                x.p.Organization!.ShortName ?? x.p.Organization.Name, x.e.Role, db.Mentors.Where(m => m.PersonId == x.p.Id).Select(m => (int?)m.Id).FirstOrDefault(),
                x.e.OrderNumber, x.e.OrderDate, x.e.DocumentKind, x.e.DocumentNumber, x.e.DocumentDate,
                db.Files.Where(f => f.Owner == FileOwner.CourseCompletion && f.OwnerId == x.e.Id).Max(f => (int?)f.Id)))
            .ToListAsync(ct);

    /// <summary>People of the user's scope who can be enrolled in the course as <paramref name="role"/>: of the course's
    /// territory, not yet on it; mentors from the base of mentors, curators from the staff.</summary>
    public async Task<List<(int Id, string Name)>> CandidatesAsync(UserScope scope, TrainingCourse course, TraineeRole role, string? search, CancellationToken ct = default)
    {
        var words = SearchText.Normalize(search);
        var people = Eligible(scope, course, role).Where(p => !p.IsArchived && !db.CourseEnrolments.Any(e => e.CourseId == course.Id && e.PersonId == p.Id));
        if (words != "") people = people.Where(p => p.SearchText.Contains(words));
        return (await people.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Take(200)
            .Select(p => new { p.Id, Name = p.FullName + ", " + (p.Organization!.ShortName ?? p.Organization.Name) })
            .ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList();
    }

    private IQueryable<Person> Eligible(UserScope scope, TrainingCourse course, TraineeRole role)
    {
        var people = OfTerritory(db.People.AsNoTracking().InScope(scope), course);
        return role == TraineeRole.Mentor ? people.Where(p => db.Mentors.Any(x => x.PersonId == p.Id && !x.IsArchived))
            : people.Where(p => p.Role != PersonRole.Pupil && p.Role != PersonRole.Student);
    }

    /// <summary>People of the course's territory: a school's course takes its staff, a municipality's its organizations'.</summary>
    private static IQueryable<Person> OfTerritory(IQueryable<Person> people, TrainingCourse course) =>
        course.OrganizationId is { } o ? people.Where(p => p.OrganizationId == o)
        : course.MunicipalityId is { } m ? people.Where(p => p.Organization!.MunicipalityId == m)
        : people.Where(p => p.Organization!.Municipality!.RegionId == course.RegionId);

    /// <summary>Enrols the chosen people by one order: all of them or, on any error, none.</summary>
    public async Task<int> EnrolAsync(UserScope scope, int courseId, TraineeRole role, IReadOnlyCollection<int> personIds, string? orderNumber, DateOnly? orderDate, CancellationToken ct = default)
    {
        TrainingService.EnsureStaff(scope);
        var course = await db.TrainingCourses.AsNoTracking().VisibleTo(scope).SingleOrDefaultAsync(c => c.Id == courseId, ct) ?? throw new NotFoundException();
        if (personIds.Count == 0) throw new DomainException("Выберите слушателей из списка.", "PersonIds");
        var ids = personIds.Distinct().ToList();
        var people = await OfTerritory(db.People.AsNoTracking().InScope(scope), course).Where(p => ids.Contains(p.Id) && !p.IsArchived).ToListAsync(ct);
        if (people.Count != ids.Count) throw new DomainException("Некоторые выбранные люди не найдены в базах вашей организации (территории) или не относятся к территории программы.", "PersonIds");
        var already = await db.CourseEnrolments.Where(e => e.CourseId == courseId && ids.Contains(e.PersonId)).Select(e => e.PersonId).ToListAsync(ct);
        if (already.Count > 0) throw new DomainException("Уже зачислены: " + string.Join(", ", people.Where(p => already.Contains(p.Id)).Select(p => p.FullName)) + ".", "PersonIds");
        var mentors = await db.Mentors.Where(x => ids.Contains(x.PersonId) && !x.IsArchived).Select(x => x.PersonId).ToListAsync(ct);
        foreach (var person in people.OrderBy(p => p.LastName))
            db.CourseEnrolments.Add(CourseEnrolment.Enrol(course, person, role, mentors.Contains(person.Id), orderNumber, orderDate, clock.Today));
        await db.SaveChangesAsync(ct);
        return people.Count;
    }

    /// <summary>An enrolment the user may change: its person in his scope, its course visible to him.</summary>
    public async Task<(CourseEnrolment Enrolment, TrainingCourse Course, string Person)?> FindAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        if (!scope.CanEditRegistries) return null;
        var enrolment = await TrainingService.Seen(db, scope).SingleOrDefaultAsync(e => e.Id == id, ct);
        var course = enrolment is null ? null : await db.TrainingCourses.VisibleTo(scope).SingleOrDefaultAsync(c => c.Id == enrolment.CourseId, ct);
        if (enrolment is null || course is null) return null;
        var person = await db.People.Where(p => p.Id == enrolment.PersonId)
            .Select(p => p.FullName).SingleAsync(ct);
        return (enrolment, course, person);
    }

    public async Task<TrainingCourse> CompleteAsync(UserScope scope, int id, CompletionInput input, UploadedFile? file, CancellationToken ct = default)
    {
        var (enrolment, course, _) = await FindAsync(scope, id, ct) ?? throw new NotFoundException();
        var mentor = enrolment.Role == TraineeRole.Mentor
            ? await db.Mentors.SingleOrDefaultAsync(m => m.PersonId == enrolment.PersonId && !m.IsArchived, ct) : null;
        // The scan is checked first: a bad file leaves nothing half-recorded.
        if (file is not null) files.Add(FileOwner.CourseCompletion, enrolment.Id, file);
        enrolment.Complete(course, input.DocumentKind, input.DocumentNumber, input.DocumentDate, mentor, clock.Today);
        await db.SaveChangesAsync(ct);
        return course;
    }

    /// <summary>Adds (or replaces) the scan of a finished course's document.</summary>
    public async Task AttachAsync(UserScope scope, int id, UploadedFile file, CancellationToken ct = default)
    {
        var (enrolment, _, _) = await FindAsync(scope, id, ct) ?? throw new NotFoundException();
        if (!enrolment.IsCompleted) throw new DomainException("Сначала отметьте завершение обучения: номер и дату документа.", "File");
        db.Files.RemoveRange(await db.Files.Where(f => f.Owner == FileOwner.CourseCompletion && f.OwnerId == id).ToListAsync(ct));
        files.Add(FileOwner.CourseCompletion, id, file);
        await db.SaveChangesAsync(ct);
    }

    public async Task<int> RemoveAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        var (enrolment, course, _) = await FindAsync(scope, id, ct) ?? throw new NotFoundException();
        enrolment.EnsureCanRemove();
        db.CourseEnrolments.Remove(enrolment);
        await db.SaveChangesAsync(ct);
        return course.Id;
    }
}
