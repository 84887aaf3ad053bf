using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Data.Seeding;

public sealed record DemoAccount(string Login, string Password, UserRole Role, string Scope);

/// <summary>On an empty database: the Tomsk region of the documents, a few hundred people, and an account per role.</summary>
public class DemoSeeder(AppDbContext db, UserManager<AppUser> users, TerritoryClock clock)
{
    public const string DemoPassword = "Nastavnik-2026";
    public const string RegionName = "Томская область";

    public async Task<IReadOnlyList<DemoAccount>> SeedIfEmptyAsync(int mentees = 300, int mentors = 120)
    {
        if (await db.Regions.AnyAsync()) return [];
        await SeedCatalogAsync(db);
        var region = new Region { Name = RegionName, TimeZoneId = "Asia/Tomsk" };
        foreach (var (name, kind, orgs) in DemoCatalog.TomskMunicipalities)
        {
            var municipality = new Municipality { Name = name, Kind = kind };
            municipality.Organizations.AddRange(orgs.Select(o => new Organization { Name = o, Type = DemoCatalog.GuessType(o) }));
            region.Municipalities.Add(municipality);
        }
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        clock.UseRegion(region.Id);

        var organizations = region.Municipalities.SelectMany(m => m.Organizations).ToList();
        await new RegistryGenerator(db, clock.Today).GenerateAsync(organizations, mentees, mentors);
        await SeedCalendarAsync(region);
        await new DemoTraining(db, clock.Today).SeedAsync(region);
        await new DemoRoadmaps(db, clock.Today).SeedAsync(region, region.Municipalities.Single(m => m.Name == "ЗАТО Северск"));
        return await CreateAccountsAsync(region);
    }

    /// <summary>Something in the calendar and a contest open for applications, so the demo's pages are not empty.</summary>
    private async Task SeedCalendarAsync(Region region)
    {
        var today = clock.Today;
        var seversk = region.Municipalities.Single(m => m.Name == "ЗАТО Северск");
        db.Events.Add(Domain.Events.MentoringEvent.Create(region.Id, null, null, new Domain.Events.EventDetails(Domain.Events.EventKind.Forum,
            "Региональный форум наставников", "Региональный наставнический центр", today.AddDays(21), today.AddDays(22), "10:00–17:00", "Томск, ТОИПКРО",
            null, "наставники, кураторы, руководители", 300, "Пленарное заседание, площадки по формам наставничества, выставка практик.", true)));
        db.Events.Add(Domain.Events.MentoringEvent.Create(region.Id, seversk.Id, null, new Domain.Events.EventDetails(Domain.Events.EventKind.Webinar,
            "Вебинар «Индивидуальный план развития наставляемого»", "Управление образования ЗАТО Северск", today.AddDays(7), null, "15:00",
            null, "https://vebinar.example.ru/nastavnik", "кураторы и наставники школ", null, null, true)));
        db.Contests.Add(Domain.Contests.Contest.Create(region.Id, null, null, "Наставник года", today.Year, today.AddDays(30),
            "Региональный конкурс профессионального мастерства наставников.", ["Лучший педагог-наставник", "Свежий ветер"],
            [new("Уникальность практики", 10), new("Результативность и практическая значимость", 10, 2), new("Возможность тиражирования", 10)]));
        await db.SaveChangesAsync();
    }

    public static async Task SeedCatalogAsync(AppDbContext db)
    {
        if (await db.Deficits.AnyAsync()) return;
        db.Deficits.AddRange(DemoCatalog.Deficits.Select(d => new Deficit { Name = d.Name, Group = d.Group }));
        await db.SaveChangesAsync();
    }

    private async Task<IReadOnlyList<DemoAccount>> CreateAccountsAsync(Region region)
    {
        var seversk = region.Municipalities.Single(m => m.Name == "ЗАТО Северск");
        var tomsk = region.Municipalities.Single(m => m.Name == "Город Томск");
        var school76 = seversk.Organizations.Single(o => o.Name.Contains("№ 76"));
        var school2 = tomsk.Organizations.Single(o => o.Name.Contains("СОШ № 2"));
        var mentorPerson = await db.Mentors.Where(m => m.Person!.OrganizationId == school76.Id).Select(m => m.PersonId).FirstAsync();
        // The demo mentee is a pupil: a minor, whose consent comes from a parent.
        var menteePerson = await db.Mentees.Where(m => m.Person!.OrganizationId == school76.Id).OrderByDescending(m => m.Person!.Role == Domain.People.PersonRole.Pupil).ThenBy(m => m.Id)
            .Select(m => m.PersonId).FirstAsync();

        var accounts = new List<(AppUser User, string Scope)>
        {
            (new AppUser { UserName = "region", FullName = "Оператор Региональный", Role = UserRole.RegionalOperator, RegionId = region.Id }, region.Name),
            (new AppUser { UserName = "seversk", FullName = "Координатор Северска", Role = UserRole.MunicipalCoordinator, RegionId = region.Id, MunicipalityId = seversk.Id }, seversk.Name),
            (new AppUser { UserName = "head76", FullName = "Директор СОШ № 76", Role = UserRole.OrganizationHead, RegionId = region.Id, MunicipalityId = seversk.Id, OrganizationId = school76.Id }, school76.Name),
            (new AppUser { UserName = "curator76", FullName = "Куратор СОШ № 76", Role = UserRole.Curator, RegionId = region.Id, MunicipalityId = seversk.Id, OrganizationId = school76.Id }, school76.Name),
            (new AppUser { UserName = "curator2", FullName = "Куратор СОШ № 2 г. Томска", Role = UserRole.Curator, RegionId = region.Id, MunicipalityId = tomsk.Id, OrganizationId = school2.Id }, school2.Name),
            (new AppUser { UserName = "mentor76", FullName = "Наставник СОШ № 76", Role = UserRole.Mentor, RegionId = region.Id, MunicipalityId = seversk.Id, OrganizationId = school76.Id, PersonId = mentorPerson }, "своя запись"),
            (new AppUser { UserName = "mentee76", FullName = "Наставляемый СОШ № 76", Role = UserRole.Mentee, RegionId = region.Id, MunicipalityId = seversk.Id, OrganizationId = school76.Id, PersonId = menteePerson }, "своя запись"),
        };
        var result = new List<DemoAccount>();
        foreach (var (user, scope) in accounts)
        {
            user.Grants.Add(RoleGrant.For(user.Id, user.Scope, db.Clock.GetUtcNow(), null));
            user.ActivatedAt = db.Clock.GetUtcNow();
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            result.Add(new DemoAccount(user.UserName!, DemoPassword, user.Role, scope));
        }
        return result;
    }

    public static void PrintAccounts(IEnumerable<DemoAccount> accounts, TextWriter output)
    {
        output.WriteLine("Демо-учётные записи (логин / пароль / роль / область видимости):");
        foreach (var a in accounts)
            output.WriteLine($"  {a.Login,-10} {a.Password}  {a.Role}  {a.Scope}");
    }
}
