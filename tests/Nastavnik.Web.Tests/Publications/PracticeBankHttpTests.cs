using System.Net;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Publications;

/// <summary>The practice bank: a practice entered directly, reviewed and published by the head; search finds Russian word
/// forms («наставника» → «наставник»); filters; the electronic collection as Word; drafts stay private (404 anonymously).</summary>
public abstract class PracticeBankHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<(HttpClient Curator, int Id, string Edit)> PracticeAsync(string title, string problem, string form = "TeacherTeacher", int[]? deficits = null)
    {
        var curator = await app.LoginAsync("curator76");
        var organization = await app.OrganizationIdAsync(DemoData.School76);
        var created = await curator.PostFormAsync("/Practices", "/Practices?handler=Create", new() { ["organizationId"] = organization.ToString(), ["title"] = title });
        var edit = created.Headers.Location!.ToString();
        var id = int.Parse(edit.Split('/').Last());
        var stamp = System.Text.RegularExpressions.Regex.Match(await curator.GetStringAsync(edit), "name=\"ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Title", title), new("Problem", problem), new("Solution", "Пары «опытный — молодой», открытые уроки, разбор ошибок"),
            new("Results", "Все молодые педагоги остались в школе"), new("Form", form), new("Format", "OneToOne"), new("Level", "Organization"),
            new("Subject", "математика"), new("ConcurrencyStamp", stamp),
            new("__RequestVerificationToken", AuthenticatedClient.Antiforgery(await curator.GetStringAsync(edit))),
        };
        fields.AddRange((deficits ?? []).Select(d => new KeyValuePair<string, string>("DeficitIds", d.ToString())));
        (await curator.PostAsync(edit + "?handler=Save", new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (curator, id, edit);
    }

    [Fact]
    public async Task APracticeIsReviewedPublishedFoundInAnyWordFormAndCollected()
    {
        int deficit;
        await using (var db = app.NewDbContext()) deficit = await db.Deficits.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var (curator, id, edit) = await PracticeAsync("Школа молодого педагога", "Молодому учителю нужен наставник в первый год работы", deficits: [deficit]);
        var (_, other, _) = await PracticeAsync("Читательский клуб", "Ученики мало читают", form: "PupilPupil");
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonymous.GetAsync($"/nastavnichestvo/practice/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Submitted for review (locked for editing), returned with a comment, submitted again, published by the head.
        (await curator.PostFormAsync(edit, edit + "?handler=Submit", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var head = await app.LoginAsync("head76");
        (await head.PostFormAsync(edit, edit + "?handler=Return", new() { ["reviewComment"] = "Добавьте цифры удержания" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await curator.GetStringAsync(edit)).ShouldContain("Замечания проверяющего: Добавьте цифры удержания");
        (await curator.PostFormAsync(edit, edit + "?handler=Submit", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await anonymous.GetAsync($"/nastavnichestvo/practice/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.LoginAsync("curator2")).GetAsync($"/Practices/View/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await head.PostFormAsync(edit, edit + "?handler=Publish", [])).Headers.Location!.ToString().ShouldBe($"/Practices/View/{id}");

        var page = await anonymous.GetAsync($"/nastavnichestvo/practice/{id}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Все молодые педагоги остались в школе");

        // «наставника» finds the case that says «наставник»; the draft is not found by another school; filters narrow it.
        var stranger = await app.LoginAsync("curator2");
        IEnumerable<string> Found(string html) => new HtmlParser().ParseDocument(html).QuerySelectorAll("#cases a").Select(a => a.GetAttribute("href")!);
        Found(await stranger.GetStringAsync("/Practices?search=наставника")).ShouldBe([$"/Practices/View/{id}"]);
        Found(await stranger.GetStringAsync("/Practices?search=учителя первого года")).ShouldBe([$"/Practices/View/{id}"]);
        Found(await stranger.GetStringAsync("/Practices?search=читают")).ShouldBeEmpty();
        Found(await curator.GetStringAsync("/Practices?search=читают")).ShouldBe([$"/Practices/Edit/{other}"]);
        Found(await stranger.GetStringAsync($"/Practices?deficit={deficit}")).ShouldBe([$"/Practices/View/{id}"]);
        Found(await stranger.GetStringAsync("/Practices?form=PupilPupil")).ShouldBeEmpty();
        Found(await stranger.GetStringAsync("/Practices?form=TeacherTeacher&format=OneToOne")).ShouldContain($"/Practices/View/{id}");

        var docx = await stranger.GetAsync("/Practices?handler=Collection&search=наставника");
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain("Электронный сборник лучших практик наставничества");
        text.ShouldContain("1. Школа молодого педагога");
        text.ShouldContain("Все молодые педагоги остались в школе");
        text.ShouldNotContain("Читательский клуб");
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word).ShouldBeEmpty();

        // Withdrawn by the head: private again.
        (await head.PostFormAsync(edit, edit + "?handler=Unpublish", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await anonymous.GetAsync($"/nastavnichestvo/practice/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class PracticeBankHttpTestsOnPostgres(PostgresApp app) : PracticeBankHttpTests<PostgresApp>(app);
public sealed class PracticeBankHttpTestsOnSqlite(SqliteApp app) : PracticeBankHttpTests<SqliteApp>(app);
