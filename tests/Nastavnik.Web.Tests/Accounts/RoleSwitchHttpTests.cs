using System.Net;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Accounts;

/// <summary>An account with several roles works in one at a time and switches in the header.</summary>
public abstract class RoleSwitchHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task ACuratorWhoIsAlsoAMentorSwitchesToHisMentorRoleAndBack()
    {
        int mentorPerson;
        string curatorId;
        await using (var db = app.NewDbContext())
        {
            mentorPerson = await db.Mentors.Where(m => m.Person!.Organization!.Name.Contains(DemoData.School76)).OrderByDescending(m => m.Id).Select(m => m.PersonId).FirstAsync();
            curatorId = await db.Users.Where(u => u.UserName == "curator76").Select(u => u.Id).SingleAsync();
        }
        // A teacher is a mentor and the school's curator: his mentor's role (given by a registry invitation, tested in
        // BulkInvitationHttpTests) is arranged here directly.
        await using (var db = app.NewDbContext())
        {
            var curator = await db.RoleGrants.SingleAsync(g => g.UserId == curatorId);
            db.RoleGrants.Add(RoleGrant.For(curatorId, new UserScope(UserRole.Mentor, curator.RegionId, curator.MunicipalityId, curator.OrganizationId, mentorPerson), DateTimeOffset.UtcNow, null));
            await db.SaveChangesAsync();
        }

        var client = await app.LoginAsync("curator76");
        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/Mentees"));
        home.ShouldContain("id=\"switch-role\"", customMessage: "two roles: the header offers the switch");
        var roles = await client.GetStringAsync("/Account/Roles");
        int mentorGrant;
        await using (var db = app.NewDbContext())
            mentorGrant = await db.RoleGrants.Where(g => g.UserId == curatorId && g.Role == UserRole.Mentor).Select(g => g.Id).SingleAsync();
        roles.ShouldContain($"grantId={mentorGrant}");

        (await client.PostFormAsync("/Account/Roles", $"/Account/Roles?handler=Switch&grantId={mentorGrant}", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/Mentees")).StatusCode.ShouldNotBe(HttpStatusCode.OK, "as a mentor he no longer edits the registry");
        WebUtility.HtmlDecode(await client.GetStringAsync("/")).ShouldContain("Наставник");

        int curatorGrant;
        await using (var db = app.NewDbContext())
            curatorGrant = await db.RoleGrants.Where(g => g.UserId == curatorId && g.Role == UserRole.Curator).Select(g => g.Id).SingleAsync();
        (await client.PostFormAsync("/Account/Roles", $"/Account/Roles?handler=Switch&grantId={curatorGrant}", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/Mentees")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Another account's role cannot be taken.
        int otherGrant;
        await using (var db = app.NewDbContext()) otherGrant = await db.RoleGrants.Where(g => g.User!.UserName == "region").Select(g => g.Id).SingleAsync();
        (await client.PostFormAsync("/Account/Roles", $"/Account/Roles?handler=Switch&grantId={otherGrant}", [])).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using (var db = app.NewDbContext())
        {
            await db.RoleGrants.Where(g => g.Id == mentorGrant).ExecuteDeleteAsync();
        }
    }
}

public sealed class RoleSwitchHttpTestsOnPostgres(PostgresApp app) : RoleSwitchHttpTests<PostgresApp>(app);
public sealed class RoleSwitchHttpTestsOnSqlite(SqliteApp app) : RoleSwitchHttpTests<SqliteApp>(app);
