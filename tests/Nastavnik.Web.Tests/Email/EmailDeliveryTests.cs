using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Nastavnik.Web.Features.Accounts;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Email;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Email;

/// <summary>E-mail end to end: an invitation made through the app reaches a real SMTP server with its absolute link; an
/// outage keeps the messages in the outbox and, once the server is back, each arrives exactly once; a message that
/// failed for good is sent again from /Email by the regional operator.</summary>
public abstract class EmailDeliveryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MailAppFactory
{
    private async Task<int> SeverskAsync()
    {
        await using var db = app.NewDbContext();
        return await db.Municipalities.Where(m => m.Name == "ЗАТО Северск").Select(m => m.Id).SingleAsync();
    }

    private async Task InviteAsync(HttpClient region, string fullName, string email)
    {
        var response = await region.PostFormAsync("/Accounts", "/Accounts?handler=Invite", new()
        {
            ["fullName"] = fullName, ["email"] = email, ["role"] = "MunicipalCoordinator", ["municipalityId"] = (await SeverskAsync()).ToString(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        (await db.OutboxMessages.CountAsync(m => m.To == email)).ShouldBe(1, $"the invitation of {email} is not in the outbox");
    }

    private async Task<List<OutboxMessage>> OutboxAsync(IEnumerable<string> to)
    {
        await using var db = app.NewDbContext();
        var addresses = to.ToList();
        return await db.OutboxMessages.AsNoTracking().Where(m => addresses.Contains(m.To)).OrderBy(m => m.Id).ToListAsync();
    }

    private static async Task Until(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Not within {seconds} s: {what}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task AnInvitationArrivesWithTheAbsoluteLinkOfThePublicAddress()
    {
        var region = await app.LoginAsync("region");
        await InviteAsync(region, "Павлова Ирина Сергеевна", "pavlova.invite@example.ru");
        var message = await app.Smtp.WaitForAsync("pavlova.invite@example.ru");
        message.Subject.ShouldBe("Приглашение в систему «Наставник»");
        var link = SmtpSink.LinkIn(message, "/p/");
        link.ShouldStartWith("http://nastavnik.test/p/");
        var id = (await OutboxAsync(["pavlova.invite@example.ru"])).Single().Id;
        message.MessageId.ShouldBe($"outbox-{id}@nastavnik");
        // The link is the invitation's: it opens the page that sets the password.
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await anonymous.GetAsync(new Uri(link).PathAndQuery);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Павлова Ирина Сергеевна");
        await Until(async () => (await OutboxAsync(["pavlova.invite@example.ru"])).Single().Status == OutboxStatus.Sent, "the message marked sent");
    }

    [Fact]
    public async Task DuringAnOutageMessagesWaitAndAfterItEachArrivesExactlyOnce()
    {
        var region = await app.LoginAsync("region");
        string[] to = ["outage1@example.ru", "outage2@example.ru", "outage3@example.ru"];
        await app.Smtp.StopAsync();
        try
        {
            for (var i = 0; i < to.Length; i++) await InviteAsync(region, $"Сбоев Пётр {i + 1}", to[i]);
            // The sender keeps trying with back-off: the messages stay pending, their attempts grow, the error is kept.
            await Until(async () => (await OutboxAsync(to)).All(m => m.Attempts >= 3), "three failed attempts of each message");
            var waiting = await OutboxAsync(to);
            waiting.ShouldAllBe(m => m.Status == OutboxStatus.Pending && m.SentAt == null && m.LastError != null && m.LastError != "");
            waiting.ShouldAllBe(m => m.NextAttemptAt > m.CreatedAt);
        }
        finally
        {
            await app.Smtp.StartAgainAsync();
        }
        (await Task.WhenAll(to.Select(a => app.Smtp.WaitForAsync(a)))).Length.ShouldBe(3);
        await Until(async () => (await OutboxAsync(to)).All(m => m.Status == OutboxStatus.Sent), "all three marked sent");
        await Task.Delay(1000); // a few more polls: nothing is sent twice
        var ids = (await OutboxAsync(to)).Select(m => $"outbox-{m.Id}@nastavnik").ToList();
        var delivered = app.Smtp.Messages().Select(m => m.MessageId).ToList();
        delivered.ShouldBeUnique();
        foreach (var id in ids) delivered.Count(d => d == id).ShouldBe(1, id);
        foreach (var address in to) app.Smtp.To(address).Count.ShouldBe(1, address);
    }

    [Fact]
    public async Task ABulkInvitationWritesEveryAccountAtOnceAndEachMailArrives()
    {
        List<(int MentorId, int PersonId)> chosen;
        await using (var db = app.NewDbContext())
        {
            var severskId = await SeverskAsync();
            var people = await db.Mentors.Where(m => m.Person!.Organization!.MunicipalityId == severskId && !m.Person.IsArchived
                    && !db.RoleGrants.Any(g => g.PersonId == m.PersonId))
                .OrderBy(m => m.Id).Take(6).Select(m => m.Person!).ToListAsync();
            people.Count.ShouldBe(6);
            // Five with addresses (one whose login «region» is taken by the operator), one without.
            for (var i = 0; i < 5; i++) people[i].Email = i == 0 ? "region@bulk.example.ru" : $"bulk{i}@example.ru";
            people[5].Email = null;
            await db.SaveChangesAsync();
            var ids = people.Select(p => p.Id).ToList();
            chosen = (await db.Mentors.Where(m => ids.Contains(m.PersonId)).Select(m => new { m.Id, m.PersonId }).ToListAsync()).Select(m => (m.Id, m.PersonId)).ToList();
        }
        var region = await app.LoginAsync("region");
        async Task<string> Bulk()
        {
            var content = chosen.Select(c => new KeyValuePair<string, string>("ids", c.MentorId.ToString())).ToList();
            content.Add(new("target", "Mentors"));
            content.Add(new("__RequestVerificationToken", AuthenticatedClient.Antiforgery(await region.GetStringAsync("/Accounts"))));
            var response = await region.PostAsync("/Accounts/Bulk", new FormUrlEncodedContent(content));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return await response.Content.ReadAsStringAsync();
        }
        var report = await Bulk();
        report.ShouldContain("нет адреса электронной почты — приглашение не отправлено");

        string[] addresses = ["region@bulk.example.ru", "bulk1@example.ru", "bulk2@example.ru", "bulk3@example.ru", "bulk4@example.ru"];
        await using (var db = app.NewDbContext())
        {
            var personIds = chosen.Select(c => c.PersonId).ToList();
            var grants = await db.RoleGrants.Include(g => g.User).Where(g => g.PersonId != null && personIds.Contains(g.PersonId.Value)).ToListAsync();
            grants.Count.ShouldBe(5);
            grants.ShouldAllBe(g => g.Role == UserRole.Mentor && g.User!.Role == UserRole.Mentor && g.User.PersonId == g.PersonId);
            grants.Select(g => g.User!.Email).Order().ShouldBe(addresses.Order());
            grants.Single(g => g.User!.Email == "region@bulk.example.ru").User!.UserName.ShouldBe("region2");
            var grantIds = grants.Select(g => g.Id).ToList();
            (await db.AuditEntries.CountAsync(a => a.EntityType == "RoleGrant" && grantIds.Contains(a.EntityId) && a.Action == "Создание")).ShouldBe(5);
            var userIds = grants.Select(g => g.UserId).ToList();
            (await db.AccountLinks.CountAsync(l => userIds.Contains(l.UserId) && l.Kind == AccountLinkKind.Invitation && l.RevokedAt == null)).ShouldBe(5);
            (await OutboxAsync(addresses)).Count.ShouldBe(5);
        }
        foreach (var address in addresses)
            SmtpSink.LinkIn(await app.Smtp.WaitForAsync(address), "/p/").ShouldStartWith("http://nastavnik.test/p/");

        // The same people again: each is reported as already invited, nothing new is written or sent.
        (await Bulk()).ShouldContain("учётная запись с этой ролью уже есть");
        (await OutboxAsync(addresses)).Count.ShouldBe(5);
    }

    [Fact]
    public async Task TheRegionalOperatorSendsAFailedMessageAgain()
    {
        int region, one, other, foreign;
        await using (var db = app.NewDbContext())
        {
            region = await db.Regions.Select(r => r.Id).FirstAsync();
            var now = DateTimeOffset.UtcNow;
            OutboxMessage Failed(string to, int? regionId)
            {
                // As the sender leaves a message after its last attempt.
                var m = db.Enqueue(new global::Nastavnik.Web.Infrastructure.Email.Email(to, "Письмо для повтора", "Текст письма", regionId), now);
                m.Status = OutboxStatus.Failed;
                m.Attempts = EmailOutbox.MaxAttempts;
                m.LastError = "550 Mailbox unavailable";
                return m;
            }
            var a = Failed("failed.one@example.ru", region);
            var b = Failed("failed.two@example.ru", region);
            var c = Failed("failed.foreign@example.ru", null);
            await db.SaveChangesAsync();
            (one, other, foreign) = (a.Id, b.Id, c.Id);
        }

        // Only the regional operator sees the outbox.
        foreach (var login in new[] { "seversk", "head76", "mentor76" })
            (await (await app.LoginAsync(login)).GetAsync("/Email")).Headers.Location?.ToString().ShouldContain("/Account/Denied", customMessage: login);
        var operatorClient = await app.LoginAsync("region");
        (await operatorClient.GetStringAsync("/Account/Tokens")).ShouldContain("href=\"/Email\"");
        (await (await app.LoginAsync("seversk")).GetStringAsync("/Account/Tokens")).ShouldNotContain("href=\"/Email\"");
        var page = await operatorClient.GetStringAsync("/Email");
        page.ShouldContain($"data-id=\"{one}\" data-status=\"Failed\"");
        page.ShouldContain("550 Mailbox unavailable");
        page.ShouldNotContain($"data-id=\"{foreign}\"");
        page.ShouldContain("confirm-retry-all");

        // Another region's message is not his to resend.
        (await operatorClient.PostFormAsync("/Email", $"/Email?handler=Retry&id={foreign}", [])).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await operatorClient.PostFormAsync("/Email", $"/Email?handler=Retry&id={one}", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var first = await app.Smtp.WaitForAsync("failed.one@example.ru");
        first.MessageId.ShouldBe($"outbox-{one}@nastavnik");
        app.Smtp.To("failed.two@example.ru").ShouldBeEmpty(); // one message was sent again, not all

        (await operatorClient.PostFormAsync("/Email", "/Email?handler=RetryAll", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Smtp.WaitForAsync("failed.two@example.ru")).MessageId.ShouldBe($"outbox-{other}@nastavnik");
        await Until(async () => (await OutboxAsync(["failed.one@example.ru", "failed.two@example.ru"])).All(m => m.Status == OutboxStatus.Sent), "both sent");
        var foreignMessage = (await OutboxAsync(["failed.foreign@example.ru"])).Single();
        foreignMessage.Status.ShouldBe(OutboxStatus.Failed);
        app.Smtp.To("failed.foreign@example.ru").ShouldBeEmpty();
        (await operatorClient.GetStringAsync("/Email")).ShouldNotContain($"data-id=\"{one}\"");
    }
}

public sealed class EmailDeliveryTestsOnPostgres(PostgresMailApp app) : EmailDeliveryTests<PostgresMailApp>(app);
public sealed class EmailDeliveryTestsOnSqlite(SqliteMailApp app) : EmailDeliveryTests<SqliteMailApp>(app);
