using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Training;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Mentors;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Features.Training;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Training;

/// <summary>«Наставников, прошедших обучение» and «кураторов, прошедших КПК» as TrainingFigures gives them: equal to a
/// hand count of two new schools' people, a day before and on the document's date, per school, municipality and region.</summary>
public abstract class TrainingFiguresTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly DateOnly March15 = new(2026, 3, 15), April1 = new(2026, 4, 1), May20 = new(2026, 5, 20), September30 = new(2026, 9, 30);

    [Fact]
    public async Task TheFiguresEqualAHandCountByDateAndTerritory()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var schoolA = await app.NewSchoolAsync("Школа А " + tag);
        var schoolB = await app.NewSchoolAsync("Школа Б " + tag);
        using var services = app.Services.CreateScope();
        var sp = services.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        db.Actor.UserName = "тест";
        var severskId = await db.Organizations.Where(o => o.Id == schoolA).Select(o => o.MunicipalityId).SingleAsync();
        var regionId = await db.Municipalities.Where(m => m.Id == severskId).Select(m => m.RegionId).SingleAsync();
        var region = new UserScope(UserRole.RegionalOperator, regionId, null, null, null);

        var a1 = Mentor(db, schoolA, "Аверина" + tag);
        var a2 = Mentor(db, schoolA, "Белова" + tag);
        var a3 = Mentor(db, schoolA, "Виноградова" + tag);
        var b1 = Mentor(db, schoolB, "Громова" + tag);
        var curatorA = new Person { OrganizationId = schoolA, LastName = "Демидова" + tag, FirstName = "Нина", Role = PersonRole.Manager };
        db.People.Add(curatorA);
        await db.SaveChangesAsync();

        var training = sp.GetRequiredService<TrainingService>();
        var enrolments = sp.GetRequiredService<EnrolmentService>();
        var k1 = await training.CreateAsync(region, new CourseInput { Name = "КПК-1 " + tag, Provider = "ТОИПКРО", Hours = 36, StartsOn = new(2026, 2, 1), EndsOn = new(2026, 6, 30) });
        var k2 = await training.CreateAsync(region, new CourseInput { Name = "КПК-2 " + tag, Provider = "ТОИПКРО", Hours = 72, StartsOn = new(2026, 3, 1), EndsOn = new(2026, 9, 30) });
        async Task Finish(TrainingCourse course, Person person, TraineeRole role, string number, DateOnly? on, UploadedFile? scan = null)
        {
            await enrolments.EnrolAsync(region, course.Id, role, [person.Id], "12-к", course.StartsOn);
            if (on is null) return;
            var id = await db.CourseEnrolments.Where(e => e.CourseId == course.Id && e.PersonId == person.Id).Select(e => e.Id).SingleAsync();
            await enrolments.CompleteAsync(region, id, new CompletionInput { DocumentNumber = number, DocumentDate = on }, scan);
        }
        await Finish(k1, a1.Person!, TraineeRole.Mentor, "A1-K1", March15);
        await Finish(k2, a1.Person!, TraineeRole.Mentor, "A1-K2", September30);
        await Finish(k1, curatorA, TraineeRole.Curator, "C-K1", March15, new UploadedFile("c.pdf", "application/pdf", "%PDF-1.4 C"u8.ToArray()));
        await Finish(k1, b1.Person!, TraineeRole.Mentor, "B1-K1", April1);
        await Finish(k2, a3.Person!, TraineeRole.Mentor, "—", null); // enrolled, not finished
        (await sp.GetRequiredService<MentorEditor>().RecordPreparationAsync(region, a2.Id, PreparationKind.Training, May20, true, "Школа наставника, 24 ч")).ShouldNotBeNull();
        await sp.GetRequiredService<MentorEditor>().RecordPreparationAsync(region, a3.Id, PreparationKind.Training, May20, false, "не завершила программу");

        var figures = sp.GetRequiredService<TrainingFigures>();
        var orgA = new TerritoryRef(MonitoringLevel.Organization, schoolA);
        async Task<string[]> Mentors(TerritoryRef t, DateOnly asOf) =>
            (await figures.MentorsTrainedAsync(t, asOf, default)).Select(p => $"{p.FullName.Split(' ')[0]}: {p.Course.Split(' ')[0]} {p.DocumentNumber} {p.DocumentDate:dd.MM}").ToArray();
        (await Mentors(orgA, March15.AddDays(-1))).ShouldBeEmpty();
        (await Mentors(orgA, March15)).ShouldBe([$"Аверина{tag}: КПК-1 A1-K1 15.03"]);
        (await Mentors(orgA, May20)).ShouldBe([$"Аверина{tag}: КПК-1 A1-K1 15.03", $"Белова{tag}: Школа  20.05"]);
        (await Mentors(orgA, September30.AddDays(-1))).ShouldBe([$"Аверина{tag}: КПК-1 A1-K1 15.03", $"Белова{tag}: Школа  20.05"]);
        (await Mentors(orgA, September30)).ShouldBe([$"Аверина{tag}: КПК-2 A1-K2 30.09", $"Белова{tag}: Школа  20.05"]);
        (await Mentors(new TerritoryRef(MonitoringLevel.Organization, schoolB), September30)).ShouldBe([$"Громова{tag}: КПК-1 B1-K1 01.04"]);

        var curators = await figures.CuratorsTrainedAsync(orgA, March15, default);
        var c = curators.ShouldHaveSingleItem();
        (c.FullName, c.CourseId, c.Kind, c.DocumentNumber, c.DocumentDate).ShouldBe(($"Демидова{tag} Нина", k1.Id, CourseKind.AdvancedTraining, "C-K1", March15));
        c.FileId.ShouldNotBeNull();
        (await figures.CuratorsTrainedAsync(orgA, March15.AddDays(-1), default)).ShouldBeEmpty();
        (await figures.CuratorsTrainedAsync(new TerritoryRef(MonitoringLevel.Organization, schoolB), September30, default)).ShouldBeEmpty();

        // A municipality and the region: each equals a count of the raw records, and each holds exactly its own people.
        var today = db.Today;
        foreach (var (level, id) in new[] { (MonitoringLevel.Municipality, severskId), (MonitoringLevel.Region, regionId) })
        {
            var inMunicipality = level == MonitoringLevel.Municipality;
            var mentors = await figures.MentorsTrainedAsync(new TerritoryRef(level, id), today, default);
            var handMentors = await db.MentorPreparations.Where(r => r.Kind == PreparationKind.Training && r.Passed && r.HeldOn <= today)
                .Where(r => db.Mentors.Any(m => m.Id == r.MentorId && (inMunicipality ? m.Person!.Organization!.MunicipalityId == id : m.Person!.Organization!.Municipality!.RegionId == id)))
                .Select(r => r.MentorId).Distinct().CountAsync();
            mentors.Count.ShouldBe(handMentors);
            mentors.Select(p => p.PersonId).ShouldBeUnique();
            mentors.Select(p => p.PersonId).ShouldContain(a1.PersonId);
            mentors.Select(p => p.PersonId).ShouldContain(b1.PersonId);
            mentors.Select(p => p.PersonId).ShouldNotContain(a3.PersonId);
            var curatorList = await figures.CuratorsTrainedAsync(new TerritoryRef(level, id), today, default);
            var handCurators = await db.CourseEnrolments.Where(e => e.Role == TraineeRole.Curator && e.DocumentDate != null && e.DocumentDate <= today)
                .Where(e => db.People.Any(p => p.Id == e.PersonId && (inMunicipality ? p.Organization!.MunicipalityId == id : p.Organization!.Municipality!.RegionId == id)))
                .Select(e => e.PersonId).Distinct().CountAsync();
            curatorList.Count.ShouldBe(handCurators);
            curatorList.Select(p => p.PersonId).ShouldContain(curatorA.Id);
            // Кузнецова of Tomsk (the demo's regional КПК) is the region's, not Seversk's.
            curatorList.Any(p => p.FullName == "Кузнецова Ольга Николаевна").ShouldBe(!inMunicipality);
        }
    }

    private static Mentor Mentor(AppDbContext db, int organization, string lastName)
    {
        var mentor = new Mentor { Person = new Person { OrganizationId = organization, LastName = lastName, FirstName = "Анна", Role = PersonRole.Teacher }, IncludedOn = new(2026, 1, 10) };
        db.Mentors.Add(mentor);
        return mentor;
    }
}

public sealed class TrainingFiguresTestsOnPostgres(PostgresApp app) : TrainingFiguresTests<PostgresApp>(app);
public sealed class TrainingFiguresTestsOnSqlite(SqliteApp app) : TrainingFiguresTests<SqliteApp>(app);
