using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Features.Accounts;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Accounts;

/// <summary>Every one-time link has one lifecycle: stored hashed, single-use, expiring, revoked by what makes it pointless.</summary>
public abstract class OneTimeLinkHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<string> InviteCuratorAsync(string email)
    {
        var head = await app.LoginAsync("head76");
        (await head.InviteAsync("Ссылкин Олег Павлович", email, "Curator", await app.OrganizationIdAsync(DemoData.School76)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await app.LastPasswordLinkAsync(email);
    }

    [Fact]
    public async Task AnInvitationSetsThePasswordOnceAndIsStoredOnlyAsAHash()
    {
        var link = await InviteCuratorAsync("once@example.ru");
        var token = link["/p/".Length..];
        await using (var db = app.NewDbContext())
        {
            (await db.AccountLinks.AnyAsync(l => l.TokenHash == token)).ShouldBeFalse("the plain token is never stored");
            (await db.AccountLinks.AnyAsync(l => l.TokenHash == OneTimeLinks.Hash(token))).ShouldBeTrue();
        }
        var visitor = Anonymous();
        var form = WebUtility.HtmlDecode(await visitor.GetStringAsync(link));
        form.ShouldContain("Ссылкин Олег Павлович");
        WebUtility.HtmlDecode(await (await visitor.SetPasswordAsync(link, "короткий")).Content.ReadAsStringAsync()).ShouldContain("не короче 8 символов");
        WebUtility.HtmlDecode(await (await visitor.SetPasswordAsync(link, "Parol-Dlinnyi-1", "Parol-Dlinnyi-2")).Content.ReadAsStringAsync()).ShouldContain("не совпадают");
        var set = await visitor.SetPasswordAsync(link, "Parol-Dlinnyi-1");
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.GetAsync("/Mentees")).StatusCode.ShouldBe(HttpStatusCode.OK, "setting the password signs the user in");

        var again = await Anonymous().SetPasswordAsync(link, "Drugoi-Parol-2");
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).ShouldContain("Ссылка уже использована");
        string login;
        await using (var db = app.NewDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Email == "once@example.ru");
            login = user.UserName!;
            user.ActivatedAt.ShouldNotBeNull();
        }
        await app.LoginAsync(login, "Parol-Dlinnyi-1");
    }

    [Fact]
    public async Task AnExpiredOrRevokedInvitationIsRefusedInRussian()
    {
        var expired = await InviteCuratorAsync("late@example.ru");
        await using (var db = app.NewDbContext())
        {
            var link = await db.AccountLinks.SingleAsync(l => l.Email == "late@example.ru");
            link.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }
        var page = WebUtility.HtmlDecode(await (await Anonymous().SetPasswordAsync(expired, "Parol-Dlinnyi-1")).Content.ReadAsStringAsync());
        page.ShouldContain(OneTimeLinks.Expired);

        var revoked = await InviteCuratorAsync("revoked@example.ru");
        int id;
        await using (var db = app.NewDbContext()) id = await db.AccountLinks.Where(l => l.Email == "revoked@example.ru").Select(l => l.Id).SingleAsync();
        var head = await app.LoginAsync("head76");
        (await head.PostFormAsync("/Accounts/Invitations", $"/Accounts/Invitations?handler=Revoke&id={id}", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await (await Anonymous().GetAsync(revoked)).Content.ReadAsStringAsync()).ShouldContain(OneTimeLinks.NoLongerValid);
        WebUtility.HtmlDecode(await (await Anonymous().SetPasswordAsync(revoked, "Parol-Dlinnyi-1")).Content.ReadAsStringAsync()).ShouldContain(OneTimeLinks.NoLongerValid);
        await using (var db = app.NewDbContext()) (await db.Users.SingleAsync(u => u.Email == "revoked@example.ru")).PasswordHash.ShouldBeNull();
    }

    [Fact]
    public async Task AResendRevokesTheEarlierInvitation()
    {
        var first = await InviteCuratorAsync("twice@example.ru");
        int id;
        await using (var db = app.NewDbContext()) id = await db.AccountLinks.Where(l => l.Email == "twice@example.ru").Select(l => l.Id).SingleAsync();
        var head = await app.LoginAsync("head76");
        (await head.PostFormAsync("/Accounts/Invitations", $"/Accounts/Invitations?handler=Resend&id={id}", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = await app.LastPasswordLinkAsync("twice@example.ru");
        second.ShouldNotBe(first);
        WebUtility.HtmlDecode(await Anonymous().GetStringAsync(first)).ShouldContain(OneTimeLinks.NoLongerValid);
        (await Anonymous().SetPasswordAsync(second, "Parol-Dlinnyi-1")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ForgotPasswordAnswersAlikeAndMailsOnlyAnExistingAccount()
    {
        await using (var db = app.NewDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "mentor76");
            user.Email = "mentor76@example.ru";
            await db.SaveChangesAsync();
        }
        async Task<string> AskAsync(string login) =>
            WebUtility.HtmlDecode(await (await Anonymous().PostFormAsync("/Account/ForgotPassword", "/Account/ForgotPassword", new() { ["login"] = login }))
                .Content.ReadAsStringAsync());
        var known = await AskAsync("mentor76");
        var unknown = await AskAsync("nobody-here");
        known.ShouldContain(PasswordLinks.ResetRequested);
        Regex.Replace(known, "value=\"[^\"]+\"", "").ShouldBe(Regex.Replace(unknown, "value=\"[^\"]+\"", ""), "the same page whether or not the login exists");

        var link = await app.LastPasswordLinkAsync("mentor76@example.ru");
        await using (var db = app.NewDbContext()) (await db.OutboxMessages.CountAsync(m => m.Body.Contains("nobody-here"))).ShouldBe(0);
        (await Anonymous().SetPasswordAsync(link, "Vspomnil-Parol-7")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.LoginAsync("mentor76", "Vspomnil-Parol-7");
        await using (var db = app.NewDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "mentor76");
            user.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<Web.Infrastructure.Auth.AppUser>().HashPassword(user, Web.Data.Seeding.DemoSeeder.DemoPassword);
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task AConsentLinkSentBeforeAWithdrawalRecordsNothingAfterIt()
    {
        var curator = await app.LoginAsync("curator76");
        var menteeId = await app.AnyMenteeOfAsync(DemoData.School76);
        int personId;
        await using (var db = app.NewDbContext()) personId = await db.Mentees.Where(m => m.Id == menteeId).Select(m => m.PersonId).SingleAsync();
        (await curator.PostFormAsync($"/Mentees/Details/{menteeId}", $"/Mentees/Details/{menteeId}?handler=ConsentLink",
            new() { ["purpose"] = "Участие в программе наставничества образовательной организации", ["email"] = "parent@example.ru" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var link = Regex.Match(await curator.GetStringAsync($"/Mentees/Details/{menteeId}"), "id=\"consent-link\">https?://[^/]+(/c/[^<]+)</code>").Groups[1].Value;
        link.ShouldStartWith("/c/");
        await using (var db = app.NewDbContext())
            (await db.OutboxMessages.SingleAsync(m => m.To == "parent@example.ru")).Body.ShouldContain("http://nastavnik.test" + link, customMessage: "the parent gets the link by e-mail");

        // The person gets a consent, then withdraws it: the link sent before must not record a new one.
        await using (var db = app.NewDbContext())
        {
            var person = await db.People.Include(p => p.Consents).SingleAsync(p => p.Id == personId);
            if (!person.HasValidConsentOn(db.Today))
            {
                person.GiveConsent(db.Today, "Участие в программе наставничества", "Родитель Иван", "отец", null, db.Today);
                await db.SaveChangesAsync();
            }
        }
        int consentId;
        await using (var db = app.NewDbContext()) consentId = await db.Consents.Where(c => c.PersonId == personId && c.WithdrawnOn == null).Select(c => c.Id).FirstAsync();
        (await curator.PostFormAsync($"/Mentees/Details/{menteeId}", $"/Mentees/Details/{menteeId}?handler=WithdrawConsent&consentId={consentId}", []))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        int before;
        await using (var db = app.NewDbContext()) before = await db.Consents.CountAsync(c => c.PersonId == personId);

        var parent = Anonymous();
        WebUtility.HtmlDecode(await parent.GetStringAsync(link)).ShouldContain(OneTimeLinks.NoLongerValid);
        var posted = await parent.PostFormAsync("/Account/Login", link, new() { ["representativeName"] = "Родитель Иван", ["representativeRelation"] = "отец", ["agreed"] = "true" });
        WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()).ShouldContain(OneTimeLinks.NoLongerValid);
        await using (var db = app.NewDbContext()) (await db.Consents.CountAsync(c => c.PersonId == personId)).ShouldBe(before, "nothing recorded after the withdrawal");
    }
}

public sealed class OneTimeLinkHttpTestsOnPostgres(PostgresApp app) : OneTimeLinkHttpTests<PostgresApp>(app);
public sealed class OneTimeLinkHttpTestsOnSqlite(SqliteApp app) : OneTimeLinkHttpTests<SqliteApp>(app);
