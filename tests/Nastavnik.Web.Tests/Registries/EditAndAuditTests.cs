using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Registries;

/// <summary>Editing a mentee through the form: saved, audited, and protected against concurrent overwrites.</summary>
public abstract class EditAndAuditTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<Dictionary<string, string>> FormOfAsync(int menteeId)
    {
        await using var db = app.NewDbContext();
        var m = await db.Mentees.Include(x => x.Person).SingleAsync(x => x.Id == menteeId);
        return new()
        {
            ["Input.Person.LastName"] = m.Person!.LastName, ["Input.Person.FirstName"] = m.Person.FirstName,
            ["Input.Person.MiddleName"] = m.Person.MiddleName ?? "", ["Input.Person.OrganizationId"] = m.Person.OrganizationId.ToString(),
            ["Input.Person.BirthDate"] = m.Person.BirthDate?.ToString("yyyy-MM-dd") ?? "", ["Input.Person.Role"] = m.Person.Role.ToString(),
            ["Input.Category"] = m.Category.ToString(), ["Input.ConcurrencyStamp"] = m.ConcurrencyStamp.ToString(),
        };
    }

    [Fact]
    public async Task AnEditIsSavedAndWrittenToTheAuditLogWithWhoAndWhat()
    {
        var curator = await app.LoginAsync("curator76");
        var id = await app.AnyMenteeOfAsync(DemoData.School76);
        var form = await FormOfAsync(id);
        var oldName = form["Input.Person.LastName"];
        form["Input.Person.LastName"] = "Новикова-Правкина";

        var response = await curator.PostFormAsync($"/Mentees/Edit/{id}", $"/Mentees/Edit/{id}", form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = app.NewDbContext();
        var personId = await db.Mentees.Where(m => m.Id == id).Select(m => m.PersonId).SingleAsync();
        (await db.People.SingleAsync(p => p.Id == personId)).LastName.ShouldBe("Новикова-Правкина");
        var audit = await db.AuditEntries.Where(a => a.EntityType == "Person" && a.EntityId == personId && a.Action == "Изменение").ToListAsync();
        audit.Count.ShouldBe(1);
        audit[0].UserName.ShouldBe("Куратор СОШ № 76");
        var changes = JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(audit[0].Changes)!;
        changes["LastName"][0].GetString().ShouldBe(oldName);
        changes["LastName"][1].GetString().ShouldBe("Новикова-Правкина");

        var head = await app.LoginAsync("head76");
        (await head.GetStringAsync($"/Audit?entity=Person&entityId={personId}")).ShouldContain("Новикова-Правкина");
        var otherCurator = await app.LoginAsync("curator2");
        (await otherCurator.GetAsync("/Audit")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "curators do not see the audit log");
    }

    [Fact]
    public async Task AConcurrentEditIsRejectedInsteadOfSilentlyOverwriting()
    {
        var curator = await app.LoginAsync("curator76");
        var id = (await app.NewDbContext().Mentees.Where(m => m.Person!.Organization!.Name.Contains(DemoData.School76)).OrderByDescending(m => m.Id).FirstAsync()).Id;
        var first = await FormOfAsync(id);
        var second = new Dictionary<string, string>(first);

        first["Input.Request"] = "Первая правка";
        (await curator.PostFormAsync($"/Mentees/Edit/{id}", $"/Mentees/Edit/{id}", first)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        second["Input.Request"] = "Вторая правка по устаревшей версии";
        var conflict = await curator.PostFormAsync($"/Mentees/Edit/{id}", $"/Mentees/Edit/{id}", second);
        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await conflict.Content.ReadAsStringAsync()).ShouldContain("уже изменил другой пользователь");

        await using var db = app.NewDbContext();
        (await db.Mentees.SingleAsync(m => m.Id == id)).Request.ShouldBe("Первая правка");
    }

    [Fact]
    public async Task CreatingADuplicatePersonThroughTheApiGivesARussianProblemDetails()
    {
        var curator = await app.LoginAsync("curator76");
        var org = await app.OrganizationIdAsync(DemoData.School76);
        var body = new
        {
            person = new { organizationId = org, lastName = "Дублёва", firstName = "Анна", middleName = "Ивановна", birthDate = "1999-05-01", role = "Teacher" },
            category = "YoungSpecialist",
        };
        (await curator.PostAsJsonAsync("/api/v1/mentees", body)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var again = await curator.PostAsJsonAsync("/api/v1/mentees", body);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        again.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await again.Content.ReadAsStringAsync()).ShouldContain("уже есть в базе");
    }

    [Fact]
    public async Task AMinorsConsentRequiresALegalRepresentative()
    {
        var curator = await app.LoginAsync("curator76");
        var org = await app.OrganizationIdAsync(DemoData.School76);
        var created = await curator.PostAsJsonAsync("/api/v1/mentees", new
        {
            person = new { organizationId = org, lastName = "Малышев", firstName = "Пётр", birthDate = DemoToday.Day.AddYears(-12).ToString("yyyy-MM-dd"), role = "Pupil", grade = "6А" },
            category = "Pupil",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var mentee = await created.Content.ReadFromJsonAsync<JsonElement>();
        var personId = mentee.GetProperty("person").GetProperty("id").GetInt32();
        mentee.GetProperty("person").GetProperty("hasValidConsent").GetBoolean().ShouldBeFalse();

        var withoutRepresentative = await curator.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { givenOn = DemoToday.Day.ToString("yyyy-MM-dd") });
        withoutRepresentative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await withoutRepresentative.Content.ReadAsStringAsync()).ShouldContain("законного представителя");

        var withRepresentative = await curator.PostAsJsonAsync($"/api/v1/people/{personId}/consents",
            new { givenOn = DemoToday.Day.ToString("yyyy-MM-dd"), representativeName = "Малышева Ольга Петровна", representativeRelation = "мать" });
        withRepresentative.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await curator.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}");
        after.GetProperty("hasValidConsent").GetBoolean().ShouldBeTrue();
    }
}

public sealed class EditAndAuditTestsOnPostgres(PostgresApp app) : EditAndAuditTests<PostgresApp>(app);
public sealed class EditAndAuditTestsOnSqlite(SqliteApp app) : EditAndAuditTests<SqliteApp>(app);
