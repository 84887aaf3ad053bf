using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Territories;

/// <summary>The regional operator administers municipalities and organizations through the pages; everyone below reads.</summary>
public abstract class TerritoryAdminTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<int> SeverskAsync()
    {
        await using var db = app.NewDbContext();
        return await db.Municipalities.Where(m => m.Name == "ЗАТО Северск").Select(m => m.Id).SingleAsync();
    }

    private static Dictionary<string, string> Form(int municipalityId, string name, string? inn = null, string? stamp = null) => new()
    {
        ["Input.Name"] = name, ["Input.ShortName"] = "", ["Input.Type"] = "School", ["Input.MunicipalityId"] = municipalityId.ToString(),
        ["Input.Inn"] = inn ?? "", ["Input.Ogrn"] = "", ["Input.Address"] = "г. Северск", ["Input.Site"] = "school.example.ru",
        ["Input.HeadName"] = "Петров Пётр Петрович", ["Input.ConcurrencyStamp"] = stamp ?? "",
    };

    [Fact]
    public async Task TheOperatorCreatesEditsAndClosesAnOrganizationAndAStaleFormIsRefused()
    {
        var seversk = await SeverskAsync();
        var region = await app.LoginAsync("region");
        var inn = TerritoryDriver.Inn(700100001);
        var created = await region.PostFormAsync("/Territory/Organization", "/Territory/Organization", Form(seversk, "МБОУ «СОШ № 301»", inn));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = int.Parse(created.Headers.Location!.ToString().Split('/').Last());
        Guid stamp;
        await using (var db = app.NewDbContext())
        {
            var o = await db.Organizations.SingleAsync(x => x.Id == id);
            (o.Inn, o.Site, o.HeadName, o.Type, o.ClosedOn).ShouldBe((inn, "school.example.ru", "Петров Пётр Петрович", OrganizationType.School, null));
            stamp = o.ConcurrencyStamp;
        }

        var url = $"/Territory/Organization/{id}";
        var edit = Form(seversk, "МБОУ «СОШ № 301»", inn, stamp.ToString());
        edit["Input.HeadName"] = "Сидорова Анна Ивановна";
        (await region.PostFormAsync(url, url, edit)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        edit["Input.HeadName"] = "Иванов Иван Иванович"; // the same, stale form posted again
        var stale = await region.PostFormAsync(url, url, edit);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Запись уже изменил другой пользователь");

        var bad = Form(seversk, "МБОУ «СОШ № 302»", "7700000001");
        var refused = await (await region.PostFormAsync("/Territory/Organization", "/Territory/Organization", bad)).Content.ReadAsStringAsync();
        refused.ShouldContain("ИНН «7700000001» не проходит проверку контрольной цифры");
        var duplicate = await (await region.PostFormAsync("/Territory/Organization", "/Territory/Organization", Form(seversk, "МБОУ «СОШ № 303»", inn))).Content.ReadAsStringAsync();
        duplicate.ShouldContain($"ИНН {inn} уже указан у другой организации региона");
        var noName = await (await region.PostFormAsync("/Territory/Organization", "/Territory/Organization", Form(seversk, " "))).Content.ReadAsStringAsync();
        noName.ShouldContain("Полное наименование: укажите наименование организации");

        var close = await region.PostFormAsync(url, url + "?handler=Close", new() { ["closedOn"] = "2026-08-31", ["stamp"] = (await StampAsync(id)).ToString() });
        close.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.NewDbContext())
        {
            var o = await db.Organizations.SingleAsync(x => x.Id == id);
            (o.HeadName, o.ClosedOn, o.IsArchived).ShouldBe(("Сидорова Анна Ивановна", new DateOnly(2026, 8, 31), true));
        }
        var list = await region.GetStringAsync("/Territory?q=СОШ № 301");
        list.ShouldNotContain("МБОУ «СОШ № 301»"); // the open ones by default
        (await region.GetStringAsync("/Territory?q=СОШ № 301&closed=true")).ShouldContain("31.08.2026");
        (await region.GetStringAsync($"/Territory?q={inn}&closed=false")).ShouldContain("МБОУ «СОШ № 301»");
    }

    private async Task<Guid> StampAsync(int id)
    {
        await using var db = app.NewDbContext();
        return await db.Organizations.Where(o => o.Id == id).Select(o => o.ConcurrencyStamp).SingleAsync();
    }

    [Fact]
    public async Task TheOperatorCreatesAndClosesAMunicipality()
    {
        var region = await app.LoginAsync("region");
        var created = await region.PostFormAsync("/Territory/Municipality", "/Territory/Municipality",
            new() { ["Input.Name"] = "Тегульдетский район", ["Input.Kind"] = "District", ["Input.ConcurrencyStamp"] = "" });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = created.Headers.Location!.ToString();
        var again = await region.PostFormAsync("/Territory/Municipality", "/Territory/Municipality",
            new() { ["Input.Name"] = "Тегульдетский район", ["Input.Kind"] = "District", ["Input.ConcurrencyStamp"] = "" });
        (await again.Content.ReadAsStringAsync()).ShouldContain("Муниципальное образование «Тегульдетский район» в регионе уже есть");
        var page = await region.GetStringAsync(url);
        var stamp = System.Text.RegularExpressions.Regex.Match(page, "name=\"stamp\" value=\"([^\"]+)\"").Groups[1].Value;
        (await region.PostFormAsync(url, url + "?handler=Close", new() { ["closedOn"] = "2026-12-31", ["stamp"] = stamp })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        (await db.Municipalities.SingleAsync(m => m.Name == "Тегульдетский район")).ClosedOn.ShouldBe(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public async Task MergingMovesEveryRecordOfTheSchoolAndClosesItWithoutDeletingAnything()
    {
        int from, into;
        Dictionary<string, int> before;
        int people, organizations;
        await using (var db = app.NewDbContext())
        {
            from = await db.Organizations.Where(o => o.Name.Contains(DemoData.School2Tomsk)).Select(o => o.Id).SingleAsync();
            var tomsk = await db.Organizations.Where(o => o.Id == from).Select(o => o.MunicipalityId).SingleAsync();
            var target = new Organization { Name = "МАОУ «Образовательный комплекс» г. Томска", MunicipalityId = tomsk };
            db.Organizations.Add(target);
            await db.SaveChangesAsync();
            into = target.Id;
            before = await CountsAsync(db, from);
            people = await db.People.CountAsync();
            organizations = await db.Organizations.CountAsync();
        }
        before["People"].ShouldBeGreaterThan(0);
        before["Users"].ShouldBeGreaterThan(0);

        var region = await app.LoginAsync("region");
        var confirm = await region.GetStringAsync($"/Territory/Merge/{from}?intoId={into}");
        confirm.ShouldContain("Подтвердите присоединение");
        confirm.ShouldContain($"People: {before["People"]}");
        var stamp = System.Text.RegularExpressions.Regex.Match(confirm, "name=\"stamp\" value=\"([^\"]+)\"").Groups[1].Value;
        var merged = await region.PostFormAsync($"/Territory/Merge/{from}?intoId={into}", $"/Territory/Merge/{from}",
            new() { ["intoId"] = into.ToString(), ["stamp"] = stamp, ["mergedOn"] = "2026-09-01" });
        merged.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var db = app.NewDbContext())
        {
            var after = await CountsAsync(db, from);
            after.Values.ShouldAllBe(n => n == 0);
            (await CountsAsync(db, into)).ShouldBe(before);
            (await db.People.CountAsync()).ShouldBe(people);
            (await db.Organizations.CountAsync()).ShouldBe(organizations);
            var a = await db.Organizations.SingleAsync(o => o.Id == from);
            (a.ClosedOn, a.IsArchived, a.MergedIntoId).ShouldBe((new DateOnly(2026, 9, 1), true, (int?)into));
            (await db.Users.SingleAsync(u => u.UserName == "curator2")).OrganizationId.ShouldBe(into);
            (await db.RoleGrants.SingleAsync(g => g.User!.UserName == "curator2")).OrganizationId.ShouldBe(into, "the role moves with the account");
        }
        var curator = await app.LoginAsync("curator2");
        (await curator.GetStringAsync("/Territory")).ShouldContain("МАОУ «Образовательный комплекс» г. Томска");

        // Merging into a closed organization is refused and moves nothing.
        var again = await region.PostFormAsync($"/Territory/Merge/{into}?intoId={from}", $"/Territory/Merge/{into}",
            new() { ["intoId"] = from.ToString(), ["stamp"] = (await StampAsync(into)).ToString() });
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.NewDbContext())
        {
            (await CountsAsync(db, into)).ShouldBe(before);
            (await db.Organizations.SingleAsync(o => o.Id == into)).ClosedOn.ShouldBeNull();
        }
    }

    private static async Task<Dictionary<string, int>> CountsAsync(Web.Data.AppDbContext db, int organization) => new()
    {
        ["People"] = await db.People.CountAsync(p => p.OrganizationId == organization),
        ["Programs"] = await db.Programs.CountAsync(p => p.OrganizationId == organization),
        ["Questionnaires"] = await db.Questionnaires.CountAsync(q => q.OrganizationId == organization),
        ["Users"] = await db.Users.CountAsync(u => u.OrganizationId == organization),
    };

    [Theory]
    [InlineData("seversk")]
    [InlineData("curator76")]
    [InlineData("head76")]
    public async Task ACoordinatorAndAnOrganizationsStaffReadButCannotChange(string login)
    {
        var school76 = await app.OrganizationIdAsync(DemoData.School76);
        var seversk = await SeverskAsync();
        var client = await app.LoginAsync(login);
        var list = await client.GetStringAsync("/Territory");
        list.ShouldContain("Просмотр. Изменяет сведения региональный оператор.");
        list.ShouldContain(DemoData.School76);
        list.ShouldNotContain(DemoData.School2Tomsk);
        list.ShouldNotContain("/Territory/Import");
        var xlsx = await client.GetAsync("/Territory?handler=Xlsx&sort=name");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var book = Web.Features.Import.SheetReader.Read("organizacii.xlsx", await xlsx.Content.ReadAsByteArrayAsync());
        book.Headers.ShouldContain("ИНН");
        var names = book.Rows.SelectMany(r => r.Cells).OfType<string>().ToList();
        names.ShouldContain(n => n.Contains(DemoData.School76));
        names.ShouldNotContain(n => n.Contains(DemoData.School2Tomsk));
        var card = await client.GetStringAsync($"/Territory/Organization/{school76}");
        card.ShouldContain("<fieldset class=\"row g-2\" disabled=\"disabled\">");
        var stamp = await StampAsync(school76);

        var post = await client.PostFormAsync($"/Territory/Organization/{school76}", $"/Territory/Organization/{school76}", Form(seversk, "Переименовано", null, stamp.ToString()));
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        post.Headers.Location!.ToString().ShouldContain("/Account/Denied");
        (await client.GetAsync("/Territory/Import")).Headers.Location!.ToString().ShouldContain("/Account/Denied");
        (await client.GetAsync($"/Territory/Merge/{school76}")).Headers.Location!.ToString().ShouldContain("/Account/Denied");
        (await client.PutAsJsonAsync($"/api/v1/organizations/{school76}", new { municipalityId = seversk, name = "Переименовано", type = "School" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsJsonAsync("/api/v1/organizations", new { municipalityId = seversk, name = "Новая", type = "School" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsJsonAsync("/api/v1/municipalities", new { name = "Новый район", kind = "District" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = app.NewDbContext();
        (await db.Organizations.SingleAsync(o => o.Id == school76)).Name.ShouldContain(DemoData.School76);
        (await db.Organizations.CountAsync(o => o.Name == "Новая" || o.Name == "Переименовано")).ShouldBe(0);
    }

    [Fact]
    public async Task AMentorDoesNotSeeTheTerritoryPages()
    {
        var client = await app.LoginAsync("mentor76");
        (await client.GetAsync("/Territory")).Headers.Location!.ToString().ShouldContain("/Account/Denied");
        (await client.GetStringAsync("/Events")).ShouldNotContain("href=\"/Territory\"");
        (await (await app.LoginAsync("seversk")).GetStringAsync("/Events")).ShouldContain("href=\"/Territory\"");
    }

    [Fact]
    public async Task TheApiCreatesAndUpdatesForTheOperatorWithRussianProblemsAndConflicts()
    {
        var seversk = await SeverskAsync();
        var api = await app.LoginAsync("region");
        var inn = TerritoryDriver.Inn(700100777);
        var created = await api.PostAsJsonAsync("/api/v1/organizations", new
        {
            municipalityId = seversk, name = "МБДОУ «Детский сад № 777»", type = "Preschool", inn, ogrn = TerritoryDriver.Ogrn(102700100777), site = "https://ds777.example.ru",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = dto.GetProperty("id").GetInt32();
        dto.GetProperty("typeName").GetString().ShouldBe("Дошкольная образовательная организация (ДОУ)");
        var stamp = dto.GetProperty("concurrencyStamp").GetGuid();
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{id}")).GetProperty("inn").GetString().ShouldBe(inn);

        var updated = await api.PutAsJsonAsync($"/api/v1/organizations/{id}", new { municipalityId = seversk, name = "МБДОУ «Детский сад № 777»", type = "Preschool", inn, headName = "Орлова Ольга Олеговна", concurrencyStamp = stamp });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await api.PutAsJsonAsync($"/api/v1/organizations/{id}", new { municipalityId = seversk, name = "МБДОУ «Детский сад № 777»", type = "Preschool", inn, concurrencyStamp = stamp });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var bad = await api.PostAsJsonAsync("/api/v1/organizations", new { municipalityId = seversk, name = "Школа", type = "School", ogrn = "1027700132194" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("ОГРН «1027700132194» не проходит проверку контрольной цифры");

        var municipality = await api.PostAsJsonAsync("/api/v1/municipalities", new { name = "Верхнекетский район", kind = "District" });
        municipality.StatusCode.ShouldBe(HttpStatusCode.Created);
        var mid = (await municipality.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await api.PutAsJsonAsync($"/api/v1/municipalities/{mid}", new { name = "Верхнекетский муниципальный округ", kind = "MunicipalOkrug" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{mid}")).GetProperty("name").GetString().ShouldBe("Верхнекетский муниципальный округ");

        var coordinator = await app.LoginAsync("seversk");
        var visible = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        visible.EnumerateArray().Select(m => m.GetProperty("name").GetString()).ShouldBe(["ЗАТО Северск"]);
        (await coordinator.GetAsync($"/api/v1/municipalities/{mid}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/organizations")).EnumerateArray().ShouldAllBe(o => o.GetProperty("municipalityId").GetInt32() == seversk);
    }
}

public sealed class TerritoryAdminTestsOnPostgres(PostgresApp app) : TerritoryAdminTests<PostgresApp>(app);
public sealed class TerritoryAdminTestsOnSqlite(SqliteApp app) : TerritoryAdminTests<SqliteApp>(app);
