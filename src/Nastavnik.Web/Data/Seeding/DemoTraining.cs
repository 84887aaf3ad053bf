using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Territory;
using Nastavnik.Domain.Training;

namespace Nastavnik.Web.Data.Seeding;

/// <summary>Training in the demo region, recorded as a user records it: the region's КПК for mentors and curators (seeds
/// 000 III.1, 004 2.1/2.3), ЗАТО Северск's «Школа наставника» still running, a Tomsk city course; people enrolled by an
/// order, most finished with their document — so the mentors' «обучение пройдено» comes from these completions.</summary>
public class DemoTraining(AppDbContext db, DateOnly today)
{
    public async Task SeedAsync(Region region)
    {
        var seversk = region.Municipalities.Single(m => m.Name == "ЗАТО Северск");
        var tomsk = region.Municipalities.Single(m => m.Name == "Город Томск");
        var school76 = seversk.Organizations.Single(o => o.Name.Contains("№ 76"));
        var school2 = tomsk.Organizations.Single(o => o.Name.Contains("СОШ № 2"));
        var curator76 = Curator(school76, "Смирнова", "Елена", "Викторовна");
        var curator2 = Curator(school2, "Кузнецова", "Ольга", "Николаевна");
        await db.SaveChangesAsync();

        var year = today.Year - 1;
        var regional = Course(region.Id, null, CourseKind.AdvancedTraining, "Наставничество в образовательной организации: организация и сопровождение",
            "ТОИПКРО", 36, new DateOnly(year, 10, 5), new DateOnly(year, 10, 30));
        var school = Course(region.Id, seversk.Id, CourseKind.Other, "Школа наставника: индивидуальный план развития молодого педагога",
            "МАУ ЗАТО Северск «РЦО»", 24, today.AddDays(-20), today.AddDays(40));
        var city = Course(region.Id, tomsk.Id, CourseKind.AdvancedTraining, "Методическое сопровождение молодых педагогов",
            "ТГПУ", 72, new DateOnly(year, 3, 1), new DateOnly(year, 3, 28));
        await db.SaveChangesAsync();

        var mentors76 = await MentorsOfAsync(school76.Id, 4);
        var mentors2 = await MentorsOfAsync(school2.Id, 2);
        var orderDate = regional.StartsOn.AddDays(-10);
        var n = 100;
        var regionalPeople = mentors76.Take(2).Concat(mentors2.Take(1)).Select(m => (m, TraineeRole.Mentor))
            .Append((curator76, TraineeRole.Curator)).Append((curator2, TraineeRole.Curator));
        foreach (var (person, role) in regionalPeople)
            await EnrolAsync(regional, person, role, "412-к", orderDate, $"7024000{n++}", regional.EndsOn);
        // The municipal school is still running: its mentors are enrolled, nobody has finished yet.
        foreach (var person in mentors76.Skip(2))
            await EnrolAsync(school, person, TraineeRole.Mentor, "56-од", school.StartsOn.AddDays(-5), null, null);
        foreach (var person in mentors2.Skip(1))
            await EnrolAsync(city, person, TraineeRole.Mentor, "31", city.StartsOn.AddDays(-7), "ТГПУ-118", city.EndsOn);
        await db.SaveChangesAsync();
    }

    private Person Curator(Organization school, string last, string first, string middle)
    {
        var person = new Person
        {
            OrganizationId = school.Id, LastName = last, FirstName = first, MiddleName = middle, Role = PersonRole.Manager,
            Position = "заместитель директора, куратор внедрения целевой модели наставничества", Sex = Sex.Female,
        };
        db.People.Add(person);
        return person;
    }

    private TrainingCourse Course(int region, int? municipality, CourseKind kind, string name, string provider, int hours, DateOnly starts, DateOnly ends)
    {
        var course = TrainingCourse.Create(region, municipality, null, new CourseDetails(kind, name, provider, hours, starts, ends));
        db.TrainingCourses.Add(course);
        return course;
    }

    private Task<List<Person>> MentorsOfAsync(int organization, int count) =>
        db.People.Where(p => p.OrganizationId == organization && db.Mentors.Any(m => m.PersonId == p.Id)).OrderBy(p => p.Id).Take(count).ToListAsync();

    private async Task EnrolAsync(TrainingCourse course, Person person, TraineeRole role, string order, DateOnly orderDate, string? document, DateOnly? issued)
    {
        var mentor = role == TraineeRole.Mentor ? await db.Mentors.SingleAsync(m => m.PersonId == person.Id) : null;
        var enrolment = CourseEnrolment.Enrol(course, person, role, mentor is not null, order, orderDate, today);
        if (document is not null)
            enrolment.Complete(course, TrainingDocumentKind.Certificate, document, issued, mentor, today);
        db.CourseEnrolments.Add(enrolment);
    }
}
