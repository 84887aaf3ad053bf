using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Access;

/// <summary>Each role sees exactly its scope; a record outside it does not exist for him (404), in the UI and the API.</summary>
public abstract class ScopeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Theory]
    [InlineData("curator76", DemoData.School76)]
    [InlineData("head76", DemoData.School76)]
    [InlineData("curator2", DemoData.School2Tomsk)]
    public async Task OrganizationStaffListOnlyTheirOrganizationsMentees(string login, string organization)
    {
        var client = await app.LoginAsync(login);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/mentees?pageSize=200");
        await using var db = app.NewDbContext();
        var expected = await db.Mentees.CountAsync(m => m.Person!.Organization!.Name.Contains(organization) && !m.IsArchived);
        expected.ShouldBeGreaterThan(0);
        page.GetProperty("total").GetInt32().ShouldBe(expected);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.ShouldNotBeEmpty();
        items.ShouldAllBe(i => i.GetProperty("organization").GetString()!.Contains(organization));
    }

    [Fact]
    public async Task MunicipalCoordinatorSeesAllOrganizationsOfHisMunicipalityOnly()
    {
        var client = await app.LoginAsync("seversk");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/mentees?pageSize=200");
        await using var db = app.NewDbContext();
        var expected = await db.Mentees.CountAsync(m => m.Person!.Organization!.Municipality!.Name == "ЗАТО Северск" && !m.IsArchived);
        page.GetProperty("total").GetInt32().ShouldBe(expected);
        page.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("municipality").GetString() == "ЗАТО Северск");
        var organizations = await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations");
        organizations.EnumerateArray().ShouldAllBe(o => o.GetProperty("municipality").GetString() == "ЗАТО Северск");
    }

    [Fact]
    public async Task RegionalOperatorSeesTheWholeRegion()
    {
        var client = await app.LoginAsync("region");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/mentees?pageSize=1");
        await using var db = app.NewDbContext();
        page.GetProperty("total").GetInt32().ShouldBe(await db.Mentees.CountAsync(m => !m.IsArchived));
        var municipalities = await client.GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        municipalities.GetArrayLength().ShouldBe(await db.Municipalities.CountAsync());
    }

    [Theory]
    [InlineData("curator76", DemoData.School2Tomsk)]
    [InlineData("curator2", DemoData.School76)]
    [InlineData("seversk", DemoData.School2Tomsk)]
    public async Task ARecordOutsideTheScopeIsNotFoundInTheApiAndTheUi(string login, string foreignOrganization)
    {
        var client = await app.LoginAsync(login);
        var mentee = await app.AnyMenteeOfAsync(foreignOrganization);
        var mentor = await app.AnyMentorOfAsync(foreignOrganization);

        (await client.GetAsync($"/api/v1/mentees/{mentee}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/mentors/{mentor}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Mentees/Details/{mentee}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Mentees/Edit/{mentee}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Mentors/Details/{mentor}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsJsonAsync($"/api/v1/mentees/{mentee}/archive", new { archived = true })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = app.NewDbContext();
        (await db.Mentees.SingleAsync(m => m.Id == mentee)).IsArchived.ShouldBeFalse("nothing outside the scope may change");
    }

    [Fact]
    public async Task ACuratorCannotChangeAForeignRecordThroughTheEditForm()
    {
        var client = await app.LoginAsync("curator76");
        var foreign = await app.AnyMenteeOfAsync(DemoData.School2Tomsk);
        var response = await client.PostFormAsync("/Mentees/Edit", $"/Mentees/Edit/{foreign}", new()
        {
            ["Input.Person.LastName"] = "Взломов", ["Input.Person.FirstName"] = "Иван",
            ["Input.Person.OrganizationId"] = (await app.OrganizationIdAsync(DemoData.School76)).ToString(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = app.NewDbContext();
        (await db.Mentees.Where(m => m.Id == foreign).Select(m => m.Person!.LastName).SingleAsync()).ShouldNotBe("Взломов");
    }

    [Fact]
    public async Task AMenteeSeesOnlyHisOwnRecordAndNoRegistryPages()
    {
        var client = await app.LoginAsync("mentee76");
        var own = await client.GetFromJsonAsync<JsonElement>("/api/v1/mentees");
        own.GetProperty("total").GetInt32().ShouldBe(1);
        (await client.GetAsync("/Mentees")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/Mentees")).Headers.Location!.ToString().ShouldContain("/Account/Denied");
        (await client.PostAsJsonAsync("/api/v1/mentees/1/archive", new { archived = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnonymousUsersAreSentToLoginAndTheApiAnswers401()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        (await client.GetAsync("/api/v1/mentees")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await client.GetAsync("/Mentees");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Account/Login");
        (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class ScopeTestsOnPostgres(PostgresApp app) : ScopeTests<PostgresApp>(app);
public sealed class ScopeTestsOnSqlite(SqliteApp app) : ScopeTests<SqliteApp>(app);
