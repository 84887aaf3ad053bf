using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Features.Accounts;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Tests.Accounts;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Access;

/// <summary>The authorization matrix of account management, with logged-in writes: each level manages accounts strictly
/// within and below its own scope (who × which role × where), through the pages.</summary>
public abstract class AccountManagementMatrixTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<(int Seversk, int Tomsk, int School76, int School2)> TerritoryAsync()
    {
        await using var db = app.NewDbContext();
        return (await db.Municipalities.Where(m => m.Name == "ЗАТО Северск").Select(m => m.Id).SingleAsync(),
            await db.Municipalities.Where(m => m.Name == "Город Томск").Select(m => m.Id).SingleAsync(),
            await app.OrganizationIdAsync(DemoData.School76), await app.OrganizationIdAsync(DemoData.School2Tomsk));
    }

    private async Task<bool> AccountExistsAsync(string email)
    {
        await using var db = app.NewDbContext();
        return await db.Users.AnyAsync(u => u.Email == email);
    }

    [Theory]
    [InlineData("seversk", "OrganizationHead", "tomsk-school")]   // another municipality
    [InlineData("seversk", "MunicipalCoordinator", "seversk")]    // his own level
    [InlineData("seversk", "RegionalOperator", "none")]           // above him
    [InlineData("head76", "MunicipalCoordinator", "seversk")]     // a head cannot make a coordinator
    [InlineData("head76", "Curator", "tomsk-school")]             // another organization
    [InlineData("curator76", "Curator", "school76")]              // a curator cannot make curators
    [InlineData("curator76", "OrganizationHead", "school76")]
    public async Task AGrantOutsideOrAboveTheManagersScopeIsRefusedAndCreatesNothing(string manager, string role, string where)
    {
        var t = await TerritoryAsync();
        var (municipality, organization) = where switch
        {
            "tomsk-school" => ((int?)t.Tomsk, (int?)t.School2),
            "seversk" => (t.Seversk, null),
            "school76" => (t.Seversk, t.School76),
            _ => ((int?)null, (int?)null),
        };
        var email = $"{manager}-{role}-{where}@example.ru".ToLowerInvariant();
        var client = await app.LoginAsync(manager);
        var answer = await client.InviteAsync("Посторонний Пётр Петрович", email, role, organization, municipality);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()).ShouldContain(GrantRules.OutOfScope);
        (await AccountExistsAsync(email)).ShouldBeFalse("a refused grant writes nothing");
    }

    [Theory]
    [InlineData("region", "MunicipalCoordinator", "seversk")]
    [InlineData("seversk", "OrganizationHead", "school76")]
    [InlineData("head76", "Curator", "school76")]
    public async Task EachLevelInvitesTheLevelBelowWithinItsScope(string manager, string role, string where)
    {
        var t = await TerritoryAsync();
        var email = $"ok-{manager}-{role}@example.ru".ToLowerInvariant();
        var client = await app.LoginAsync(manager);
        var answer = await client.InviteAsync("Новиков Андрей Сергеевич", email, role, where == "school76" ? t.School76 : null, t.Seversk);
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect, await answer.Content.ReadAsStringAsync());

        await using var db = app.NewDbContext();
        var user = await db.Users.Include(u => u.Grants).SingleAsync(u => u.Email == email);
        user.PasswordHash.ShouldBeNull("the invited person sets the password himself");
        user.Grants.ShouldHaveSingleItem().Role.ShouldBe(Enum.Parse<UserRole>(role));
        user.Grants[0].MunicipalityId.ShouldBe(t.Seversk);
        if (where == "school76") user.Grants[0].OrganizationId.ShouldBe(t.School76);
        var mail = await db.OutboxMessages.SingleAsync(m => m.To == email);
        mail.Body.ShouldContain("http://nastavnik.test/p/");
        mail.Body.ShouldContain("Новиков Андрей Сергеевич");
        (await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(RoleGrant) && a.EntityId == user.Grants[0].Id)).ShouldBeTrue("a grant is audited");
    }

    [Fact]
    public async Task ARoleOutsideTheScopeCannotBeRemoved()
    {
        await using var db = app.NewDbContext();
        var tomskCurator = await db.RoleGrants.Where(g => g.User!.UserName == "curator2").Select(g => g.Id).SingleAsync();
        var seversk = await app.LoginAsync("seversk");
        var answer = await seversk.PostFormAsync("/Accounts", $"/Accounts?handler=Remove&grantId={tomskCurator}", []);
        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await db.RoleGrants.AnyAsync(g => g.Id == tomskCurator)).ShouldBeTrue();
    }

    [Fact]
    public async Task ARemovedRoleEndsTheSessionAndTheApiTokensAtOnce()
    {
        // An account of its own, so the demo accounts stay as they are for the other tests.
        var head = await app.LoginAsync("head76");
        (await head.InviteAsync("Уходящий Игорь Львович", "leaving@example.ru", "Curator", await app.OrganizationIdAsync(DemoData.School76)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonymous.SetPasswordAsync(await app.LastPasswordLinkAsync("leaving@example.ru"), "Novyi-Parol-1")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string login;
        await using (var db = app.NewDbContext()) login = (await db.Users.SingleAsync(u => u.Email == "leaving@example.ru")).UserName!;
        var curator = await app.LoginAsync(login, "Novyi-Parol-1");
        (await curator.GetAsync("/Mentees")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await CreateTokenAsync(curator);
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await api.GetAsync("/api/v1/mentees")).StatusCode.ShouldBe(HttpStatusCode.OK);

        int grant;
        await using (var db = app.NewDbContext()) grant = await db.RoleGrants.Where(g => g.User!.UserName == login).Select(g => g.Id).SingleAsync();
        (await head.PostFormAsync("/Accounts", $"/Accounts?handler=Remove&grantId={grant}", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await curator.GetAsync("/Mentees");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the old cookie no longer works");
        after.Headers.Location!.ToString().ShouldContain("/Account/Login");
        (await api.GetAsync("/api/v1/mentees")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the token of the removed role stops at once");
    }

    private static async Task<string> CreateTokenAsync(HttpClient client)
    {
        var page = await client.PostFormAsync("/Account/Tokens", "/Account/Tokens?handler=Create", new() { ["name"] = "тест", ["validDays"] = "30" });
        var html = await page.Content.ReadAsStringAsync();
        return System.Text.RegularExpressions.Regex.Match(html, "id=\"new-token\"[^>]*>(nst_[^<]+)<").Groups[1].Value.Trim();
    }
}

public sealed class AccountManagementMatrixTestsOnPostgres(PostgresApp app) : AccountManagementMatrixTests<PostgresApp>(app);
public sealed class AccountManagementMatrixTestsOnSqlite(SqliteApp app) : AccountManagementMatrixTests<SqliteApp>(app);
