using System.Net;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Features.Accounts;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Accounts;

/// <summary>A curator invites people of his registry in bulk: one transaction, everyone not invited listed with the reason.</summary>
public abstract class BulkInvitationHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TickedMentorsAreInvitedAndTheOthersAreReportedPerRow()
    {
        var school = await app.NewSchoolAsync("МБОУ «СОШ № 401» ЗАТО Северск");
        var ids = new List<int>();
        var curator = await app.LoginAsync("seversk");
        foreach (var (last, email) in new[] { ("Адресов", "adresov@example.ru"), ("Безадресов", ""), ("Двойников", "same@example.ru"), ("Тройников", "same@example.ru"), ("Чужой", "region-owner@example.ru") })
        {
            await using var db = app.NewDbContext();
            var person = new Domain.People.Person { OrganizationId = school, LastName = last, FirstName = "Иван", Email = email == "" ? null : email, Role = Domain.People.PersonRole.Teacher };
            var mentor = new Domain.Registries.Mentor { Person = person };
            db.Mentors.Add(mentor);
            await db.SaveChangesAsync();
            ids.Add(mentor.Id);
        }
        await using (var db = app.NewDbContext())
        {
            // An address that already belongs to another person's account.
            var other = await db.Users.SingleAsync(u => u.UserName == "mentor76");
            other.Email = "region-owner@example.ru";
            other.NormalizedEmail = "REGION-OWNER@EXAMPLE.RU";
            await db.SaveChangesAsync();
        }
        int outboxBefore;
        await using (var db = app.NewDbContext()) outboxBefore = await db.OutboxMessages.CountAsync();

        var fields = new Dictionary<string, string> { ["target"] = "Mentors" };
        var content = new List<KeyValuePair<string, string>>(fields);
        var page = await curator.GetStringAsync("/Mentors");
        content.Add(new("__RequestVerificationToken", AuthenticatedClient.Antiforgery(page)));
        content.AddRange(ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString())));
        var answer = await curator.PostAsync("/Accounts/Bulk", new FormUrlEncodedContent(content));
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        html.ShouldContain("Приглашено: 2 из 5");
        html.ShouldContain("data-outcome=\"NoEmail\"");
        html.ShouldContain("data-outcome=\"DuplicateEmail\"");
        html.ShouldContain("data-outcome=\"EmailOfAnotherAccount\"");

        await using (var db = app.NewDbContext())
        {
            var invited = await db.Users.Include(u => u.Grants).Where(u => u.Email == "adresov@example.ru" || u.Email == "same@example.ru").ToListAsync();
            invited.Count.ShouldBe(2);
            invited.ShouldAllBe(u => u.Grants.Count == 1 && u.Grants[0].Role == UserRole.Mentor && u.Grants[0].OrganizationId == school);
            (await db.OutboxMessages.CountAsync()).ShouldBe(outboxBefore + 2);
            (await db.AccountLinks.CountAsync(l => l.Email == "same@example.ru")).ShouldBe(1);
        }

        // Run again: the invited ones already have the role, nobody is invited twice.
        var again = await curator.PostAsync("/Accounts/Bulk", new FormUrlEncodedContent(content));
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).ShouldContain("Приглашено: 0 из 5");
        await using (var db = app.NewDbContext()) (await db.OutboxMessages.CountAsync()).ShouldBe(outboxBefore + 2);
    }

    [Fact]
    public async Task ACoordinatorCannotInviteIntoAnotherMunicipalityByForgingIds()
    {
        var tomskMentor = await app.AnyMentorOfAsync(DemoData.School2Tomsk);
        var coordinator = await app.LoginAsync("seversk");
        var page = await coordinator.GetStringAsync("/Mentors");
        var answer = await coordinator.PostAsync("/Accounts/Bulk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["target"] = "Mentors", ["ids"] = tomskMentor.ToString(), ["__RequestVerificationToken"] = AuthenticatedClient.Antiforgery(page),
        }));
        WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()).ShouldContain("Никто не выбран");
    }
}

public sealed class BulkInvitationHttpTestsOnPostgres(PostgresApp app) : BulkInvitationHttpTests<PostgresApp>(app);
public sealed class BulkInvitationHttpTestsOnSqlite(SqliteApp app) : BulkInvitationHttpTests<SqliteApp>(app);
