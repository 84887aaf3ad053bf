using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Training;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Errors;

namespace Nastavnik.Web.Features.Training;

/// <summary>Course programs of the user's levels (he sees his own level's, those above and below it; changes his own
/// level's and those below it) and the people of his scope on them — nobody else's.</summary>
public class TrainingService(AppDbContext db)
{
    public Task<TrainingCourse?> FindVisibleAsync(UserScope scope, int id, CancellationToken ct = default) =>
        db.TrainingCourses.AsNoTracking().VisibleTo(scope).SingleOrDefaultAsync(c => c.Id == id, ct);

    public Task<bool> CanEditAsync(UserScope scope, int id, CancellationToken ct = default) =>
        scope.CanEditRegistries ? db.TrainingCourses.EditableBy(scope).AnyAsync(c => c.Id == id, ct) : Task.FromResult(false);

    public async Task<PagedResult<CourseRow>> ListAsync(UserScope scope, CourseFilter f, CancellationToken ct = default)
    {
        var query = await FilteredAsync(scope, f, ct);
        var total = await query.CountAsync(ct);
        var items = await Rows(Sorted(query, scope, f), scope).Skip((f.SafePage - 1) * f.SafePageSize).Take(f.SafePageSize).ToListAsync(ct);
        return new PagedResult<CourseRow>(items, total, f.SafePage, f.SafePageSize);
    }

    /// <summary>Every course of the filtered list, sorted, for the Excel export.</summary>
    public async Task<List<CourseRow>> AllAsync(UserScope scope, CourseFilter f, CancellationToken ct = default) =>
        await Rows(Sorted(await FilteredAsync(scope, f, ct), scope, f), scope).ToListAsync(ct);

    private async Task<IQueryable<TrainingCourse>> FilteredAsync(UserScope scope, CourseFilter f, CancellationToken ct)
    {
        var query = db.TrainingCourses.AsNoTracking().VisibleTo(scope);
        if (f.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (f.Year is { } year) query = query.Where(c => c.StartsOn <= new DateOnly(year, 12, 31) && c.EndsOn >= new DateOnly(year, 1, 1));
        query = f.Level switch
        {
            MonitoringLevel.Region => query.Where(c => c.MunicipalityId == null),
            MonitoringLevel.Municipality => query.Where(c => c.MunicipalityId != null && c.OrganizationId == null),
            MonitoringLevel.Organization => query.Where(c => c.OrganizationId != null),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            // Case-insensitive for Cyrillic on both providers (see TerritoryService): a region's courses are few, matched here.
            var words = SearchText.Normalize(f.Q);
            var names = await query.Select(c => new { c.Id, c.Name, c.Provider }).ToListAsync(ct);
            var ids = names.Where(c => SearchText.Normalize(c.Name + " " + c.Provider).Contains(words)).Select(c => c.Id).ToList();
            query = query.Where(c => ids.Contains(c.Id));
        }
        return query;
    }

    /// <summary>The enrolments of people in the user's scope: the only ones he sees, counts or changes.</summary>
    internal static IQueryable<CourseEnrolment> Seen(AppDbContext db, UserScope scope) =>
        db.CourseEnrolments.Where(e => db.People.InScope(scope).Any(p => p.Id == e.PersonId));

    private IQueryable<CourseEnrolment> Seen(UserScope scope) => Seen(db, scope);

    private IQueryable<TrainingCourse> Sorted(IQueryable<TrainingCourse> q, UserScope scope, CourseFilter f)
    {
        var seen = Seen(scope);
        return (f.Sort, f.Desc) switch
        {
            ("name", false) => q.OrderBy(c => c.Name).ThenBy(c => c.Id),
            ("name", true) => q.OrderByDescending(c => c.Name).ThenBy(c => c.Id),
            ("provider", false) => q.OrderBy(c => c.Provider).ThenBy(c => c.Name),
            ("provider", true) => q.OrderByDescending(c => c.Provider).ThenBy(c => c.Name),
            ("kind", false) => q.OrderBy(c => c.Kind).ThenBy(c => c.Name),
            ("kind", true) => q.OrderByDescending(c => c.Kind).ThenBy(c => c.Name),
            ("hours", false) => q.OrderBy(c => c.Hours).ThenBy(c => c.Name),
            ("hours", true) => q.OrderByDescending(c => c.Hours).ThenBy(c => c.Name),
            ("enrolled", false) => q.OrderBy(c => seen.Count(e => e.CourseId == c.Id)).ThenBy(c => c.Name),
            ("enrolled", true) => q.OrderByDescending(c => seen.Count(e => e.CourseId == c.Id)).ThenBy(c => c.Name),
            ("completed", false) => q.OrderBy(c => seen.Count(e => e.CourseId == c.Id && e.DocumentDate != null)).ThenBy(c => c.Name),
            ("completed", true) => q.OrderByDescending(c => seen.Count(e => e.CourseId == c.Id && e.DocumentDate != null)).ThenBy(c => c.Name),
            (_, false) => q.OrderBy(c => c.StartsOn).ThenBy(c => c.Id),
            _ => q.OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id),
        };
    }

    private IQueryable<CourseRow> Rows(IQueryable<TrainingCourse> q, UserScope scope)
    {
        var seen = Seen(scope);
        return q.Select(c => new CourseRow(c.Id, c.Name, c.Kind, c.Provider, c.Hours, c.StartsOn, c.EndsOn,
            c.OrganizationId != null ? MonitoringLevel.Organization : c.MunicipalityId != null ? MonitoringLevel.Municipality : MonitoringLevel.Region,
            c.OrganizationId != null ? db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.ShortName ?? o.Name).First()
                : c.MunicipalityId != null ? db.Municipalities.Where(m => m.Id == c.MunicipalityId).Select(m => m.Name).First()
                : db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(),
            seen.Count(e => e.CourseId == c.Id), seen.Count(e => e.CourseId == c.Id && e.DocumentDate != null)));
    }

    // ---- courses ----

    public async Task<TrainingCourse> CreateAsync(UserScope scope, CourseInput input, CancellationToken ct = default)
    {
        EnsureStaff(scope);
        var (region, municipality, organization) = TerritorialScope.OwnLevel(scope);
        var course = TrainingCourse.Create(region, municipality, organization, input.ToDetails());
        db.TrainingCourses.Add(course);
        await db.SaveChangesAsync(ct);
        return course;
    }

    public async Task<TrainingCourse> UpdateAsync(UserScope scope, int id, CourseInput input, CancellationToken ct = default)
    {
        var course = await EditableAsync(scope, id, input.ConcurrencyStamp, ct);
        var first = await db.CourseEnrolments.Where(e => e.CourseId == id && e.DocumentDate != null).MinAsync(e => e.DocumentDate, ct);
        course.Update(input.ToDetails(), first);
        await db.SaveChangesAsync(ct);
        return course;
    }

    public async Task DeleteAsync(UserScope scope, int id, Guid? stamp, CancellationToken ct = default)
    {
        var course = await EditableAsync(scope, id, stamp, ct);
        TrainingCourse.EnsureCanDelete(await db.CourseEnrolments.CountAsync(e => e.CourseId == id && e.DocumentDate != null, ct));
        // Through the change tracker, not ExecuteDelete: the enrolments are personal data and their removal is audited.
        db.CourseEnrolments.RemoveRange(await db.CourseEnrolments.Where(e => e.CourseId == id).ToListAsync(ct));
        db.TrainingCourses.Remove(course);
        await db.SaveChangesAsync(ct);
    }

    private async Task<TrainingCourse> EditableAsync(UserScope scope, int id, Guid? stamp, CancellationToken ct)
    {
        EnsureStaff(scope);
        var course = await db.TrainingCourses.EditableBy(scope).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        db.ExpectVersion(course, stamp);
        return course;
    }

    internal static void EnsureStaff(UserScope scope)
    {
        if (!scope.CanEditRegistries) throw new ForbiddenException("Программы обучения и слушателей ведут куратор, руководитель организации и координаторы.");
    }
}
