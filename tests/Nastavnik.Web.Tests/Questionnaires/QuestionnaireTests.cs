using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Questionnaires;

/// <summary>A curator makes a questionnaire from a template and sends personal links; people answer without logging in, once.</summary>
public abstract class QuestionnaireTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<(HttpClient Curator, string DetailsUrl, string Link)> SatisfactionWithLinkAsync()
    {
        var curator = await app.LoginAsync("curator76");
        var org = await app.OrganizationIdAsync(DemoData.School76);
        var created = await curator.PostFormAsync("/Questionnaires", "/Questionnaires", new() { ["kind"] = "Satisfaction", ["organizationId"] = org.ToString() });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = created.Headers.Location!.ToString();
        await using var db = app.NewDbContext();
        var person = await db.Mentees.Where(m => m.Person!.OrganizationId == org).Select(m => m.PersonId).FirstAsync();
        var invited = await curator.PostFormAsync(details, details + "?handler=Invite", new() { ["personIds"] = person.ToString(), ["respondent"] = "Self" });
        invited.StatusCode.ShouldBe(HttpStatusCode.OK, "the links are shown in the answer itself: only their hashes are stored");
        var link = Regex.Match(await invited.Content.ReadAsStringAsync(), "<code class=\"user-select-all invitation-link\">https?://[^/]+(/q/[^<]+)</code>").Groups[1].Value;
        link.ShouldStartWith("/q/");
        (await curator.GetStringAsync(details)).ShouldNotContain(link, Case.Sensitive, "a link is shown once");
        await using var check = app.NewDbContext();
        (await check.Invitations.AnyAsync(i => i.TokenHash == link.Substring(3))).ShouldBeFalse("the plain token is never stored");
        return (curator, details, link);
    }

    [Fact]
    public async Task AParticipantAnswersByHisLinkWithoutLoginOnceAndTheCuratorSeesTheSummary()
    {
        var (curator, details, link) = await SatisfactionWithLinkAsync();
        var phone = app.CreateClient(new() { AllowAutoRedirect = false });
        var form = await phone.GetStringAsync(link);
        form.ShouldContain("Насколько вы удовлетворены участием в программе наставничества?");

        var incomplete = await phone.PostFormAsync(link, link, new() { ["q1"] = "9" });
        var incompleteHtml = await incomplete.Content.ReadAsStringAsync();
        incompleteHtml.ShouldContain("Вопрос 2: ответ обязателен.");
        incompleteHtml.ShouldContain("Вопрос 4: ответ обязателен.");

        var outOfScale = await phone.PostFormAsync(link, link, new() { ["q1"] = "11", ["q2"] = "8", ["q3"] = "7", ["q4"] = "да" });
        (await outOfScale.Content.ReadAsStringAsync()).ShouldContain("Вопрос 1: выберите оценку от 1 до 10.");

        var secondTab = await phone.GetStringAsync(link); // the same form left open in another tab
        var done = await phone.PostFormAsync(link, link, new() { ["q1"] = "9", ["q2"] = "8", ["q3"] = "7", ["q4"] = "да", ["q5"] = "Больше открытых уроков" });
        (await done.Content.ReadAsStringAsync()).ShouldContain("Спасибо! Ваши ответы сохранены.");
        (await phone.GetStringAsync(link)).ShouldContain("Спасибо! Ваши ответы сохранены.");
        var again = await phone.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["q1"] = "1", ["q2"] = "1", ["q3"] = "1", ["q4"] = "нет", ["__RequestVerificationToken"] = AuthenticatedClient.Antiforgery(secondTab),
        }));
        (await again.Content.ReadAsStringAsync()).ShouldContain("уже заполнена");

        var summary = await curator.GetStringAsync(details);
        summary.ShouldContain("<span id=\"answers-count\">1</span>");
        summary.ShouldContain("средняя оценка 9,0 (1 отв.)");
        summary.ShouldContain("да — 1");
    }

    [Fact]
    public async Task TheSecondAssessmentShowsTheChangeAgainstTheFirstPerParameter()
    {
        var curator = await app.LoginAsync("curator76");
        var org = await app.OrganizationIdAsync(DemoData.School76);
        var created = await curator.PostFormAsync("/Questionnaires", "/Questionnaires", new() { ["kind"] = "Assessment", ["organizationId"] = org.ToString() });
        var details = created.Headers.Location!.ToString();
        await using var db = app.NewDbContext();
        var person = await db.Mentees.Where(m => m.Person!.OrganizationId == org).OrderByDescending(m => m.Id).Select(m => m.PersonId).FirstAsync();
        var phone = app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var scores in new[] { new[] { 4, 5, 6, 3, 7 }, new[] { 7, 6, 6, 5, 9 } })
        {
            var invited = await curator.PostFormAsync(details, details + "?handler=Invite", new() { ["personIds"] = person.ToString(), ["respondent"] = "Self" });
            var link = Regex.Matches(await invited.Content.ReadAsStringAsync(), "invitation-link\">https?://[^/]+(/q/[^<]+)</code>").Last().Groups[1].Value;
            var fields = scores.Select((v, i) => ($"q{i + 1}", v.ToString())).ToDictionary(x => x.Item1, x => x.Item2);
            (await (await phone.PostFormAsync(link, link, fields)).Content.ReadAsStringAsync()).ShouldContain("Спасибо!");
        }
        var page = WebUtility.HtmlDecode(await curator.GetStringAsync(details));
        page.ShouldContain("id=\"assessment-changes\"");
        page.ShouldContain("4 → 7 (+3)");
        page.ShouldContain("6 → 6 (+0)");
        page.ShouldContain("<td class=\"fw-semibold\">+1,6</td>");
    }

    [Fact]
    public async Task NewLinksReplaceTheOldOnesAndAnExpiredLinkTakesNoAnswers()
    {
        var (curator, details, link) = await SatisfactionWithLinkAsync();
        var reissued = await curator.PostFormAsync(details, details + "?handler=Reissue", []);
        var fresh = Regex.Match(await reissued.Content.ReadAsStringAsync(), "invitation-link\">https?://[^/]+(/q/[^<]+)</code>").Groups[1].Value;
        fresh.ShouldStartWith("/q/");
        var phone = app.CreateClient(new() { AllowAutoRedirect = false });
        var replaced = await phone.GetAsync(link);
        replaced.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await replaced.Content.ReadAsStringAsync()).ShouldContain("заменена новой");

        await using var db = app.NewDbContext();
        var invitation = await db.Invitations.SingleAsync(i => i.TokenHash == Nastavnik.Domain.Common.OneTimeLinks.Hash(fresh.Substring(3)));
        invitation.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        await db.SaveChangesAsync();
        WebUtility.HtmlDecode(await phone.GetStringAsync(fresh)).ShouldContain(Nastavnik.Domain.Common.OneTimeLinks.Expired);
        var posted = await phone.PostFormAsync("/Account/Login", fresh, new() { ["q1"] = "9", ["q2"] = "8", ["q3"] = "7", ["q4"] = "да" });
        WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()).ShouldContain(Nastavnik.Domain.Common.OneTimeLinks.Expired);
        (await db.Invitations.AsNoTracking().SingleAsync(i => i.Id == invitation.Id)).Answers.ShouldBeNull();
    }

    [Fact]
    public async Task AnUnknownLinkIsNotFoundAndAnotherSchoolCannotOpenTheQuestionnaire()
    {
        var (_, details, _) = await SatisfactionWithLinkAsync();
        (await app.CreateClient().GetAsync("/q/not-a-token")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var other = await app.LoginAsync("curator2");
        (await other.GetAsync(details)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetStringAsync("/Questionnaires")).ShouldNotContain(details);
    }
}

public sealed class QuestionnaireTestsOnPostgres(PostgresApp app) : QuestionnaireTests<PostgresApp>(app);
public sealed class QuestionnaireTestsOnSqlite(SqliteApp app) : QuestionnaireTests<SqliteApp>(app);
