using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Publications;

/// <summary>The public «Наставничество» pages show only what is published (and mentors only with consent); an anonymous
/// request for anything private is 404; pages and files carry caching headers; the municipality sees which required acts are missing.</summary>
public abstract class PublicPagesHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Publications = "/Publications";

    private HttpClient Anonymous() => app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<int> KindIdAsync(string name)
    {
        await using var db = app.NewDbContext();
        return await db.LocalActKinds.Where(k => k.Name == name).Select(k => k.Id).SingleAsync();
    }

    [Fact]
    public async Task AnActIsPublicOnlyAfterTheHeadPublishesItAndTheReportShowsWhatIsMissing()
    {
        var school = await app.LoginAsync("curator76");
        await school.GetStringAsync(Publications); // the region's default kinds are written on first use
        var organization = await app.OrganizationIdAsync(DemoData.School76);
        var publicUrl = $"/nastavnichestvo/organization/{organization}";
        var seversk = await app.LoginAsync("seversk");
        var report = new HtmlParser().ParseDocument(await seversk.GetStringAsync("/Publications/Report"));
        var row = report.QuerySelector($"#acts-report tr[data-organization='{organization}']")!;
        row.QuerySelector("[data-role=missing-count]")!.TextContent.ShouldBe("4 из 4");
        report.QuerySelectorAll("#acts-report tbody tr").Length.ShouldBeGreaterThan(1);
        report.QuerySelector($"#acts-report tr[data-organization='{await app.OrganizationIdAsync(DemoData.School2Tomsk)}']").ShouldBeNull(); // another municipality

        var upload = await school.PostMultipartAsync(Publications, Publications + "?handler=Act", new()
        {
            ["kindId"] = (await KindIdAsync("Положение о наставничестве")).ToString(), ["title"] = "Положение о наставничестве в СОШ № 76", ["number"] = "12-о", ["adoptedOn"] = "2025-09-01",
        }, ("file", "polozhenie.pdf", "%PDF-1.4 положение"u8.ToArray()));
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        int versionId, fileId;
        await using (var db = app.NewDbContext())
            (versionId, fileId) = await db.LocalActVersions.Select(v => new { v.Id, v.FileId }).SingleAsync() is var v ? (v.Id, v.FileId) : default;

        var anonymous = Anonymous();
        (await anonymous.GetStringAsync(publicUrl)).ShouldNotContain("Положение о наставничестве в СОШ № 76");
        (await anonymous.GetAsync($"/nastavnichestvo/files/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/files/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect); // the app's own download needs a login

        // The curator may not publish; the head does.
        await school.PostFormAsync(Publications, Publications + "?handler=PublishAct", new() { ["versionId"] = versionId.ToString() });
        (await school.GetStringAsync(Publications)).ShouldContain("Публикует на странице «Наставничество» руководитель организации");
        var head = await app.LoginAsync("head76");
        (await head.PostFormAsync(Publications, Publications + "?handler=PublishAct", new() { ["versionId"] = versionId.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await anonymous.GetAsync(publicUrl);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.CacheControl!.Public.ShouldBeTrue();
        page.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromMinutes(5));
        page.Headers.Contains("Set-Cookie").ShouldBeFalse();
        var html = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        html.QuerySelector("#public-acts")!.TextContent.ShouldContain("Положение о наставничестве в СОШ № 76");
        html.QuerySelector("#public-acts")!.TextContent.ShouldContain("№ 12-о от 01.09.2025");
        var file = await anonymous.GetAsync($"/nastavnichestvo/files/{fileId}");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await file.Content.ReadAsStringAsync()).ShouldBe("%PDF-1.4 положение");

        row = new HtmlParser().ParseDocument(await seversk.GetStringAsync("/Publications/Report")).QuerySelector($"#acts-report tr[data-organization='{organization}']")!;
        row.QuerySelector("[data-role=missing-count]")!.TextContent.ShouldBe("3 из 4");
        row.QuerySelector("[data-role=missing]")!.TextContent.ShouldNotContain("Положение");

        // The region makes «Положение» optional: then three acts are required.
        var region = await app.LoginAsync("region");
        await using (var db = app.NewDbContext())
        {
            var required = await db.LocalActKinds.Where(k => k.Required && k.Name != "Положение о наставничестве").Select(k => k.Id.ToString()).ToListAsync();
            var content = new List<KeyValuePair<string, string>>(required.Select(id => new KeyValuePair<string, string>("required", id)));
            var kindsPage = await region.GetStringAsync("/Publications/Kinds");
            content.Add(new("__RequestVerificationToken", AuthenticatedClient.Antiforgery(kindsPage)));
            (await region.PostAsync("/Publications/Kinds", new FormUrlEncodedContent(content))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        new HtmlParser().ParseDocument(await seversk.GetStringAsync("/Publications/Report")).QuerySelector($"#acts-report tr[data-organization='{organization}'] [data-role=missing-count]")!
            .TextContent.ShouldBe("3 из 3");
        var xlsx = await LibreOffice.ReadXlsxAsync(await seversk.GetByteArrayAsync("/Publications/Report?handler=Xlsx"));
        xlsx.ShouldContain("Каких актов нет");
        xlsx.ShouldContain("Программа наставничества");
    }

    [Fact]
    public async Task NewsAndBestMentorsAppearOnlyWhenPublishedAndConsented()
    {
        var head = await app.LoginAsync("head76");
        var organization = await app.OrganizationIdAsync(DemoData.School76);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        (await head.PostMultipartAsync(Publications, Publications + "?handler=News", new() { ["title"] = "Неделя наставничества", ["body"] = "Прошла неделя открытых уроков <script>alert(1)</script>" },
            ("image", "foto.png", png))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await head.PostMultipartAsync(Publications, Publications + "?handler=News", new() { ["title"] = "Не картинка", ["body"] = "Текст" },
            ("image", "foto.png", "<svg onload=alert(1)>"u8.ToArray()))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await head.GetStringAsync(Publications)).ShouldContain("Файл «foto.png»: содержимое не соответствует расширению .png (файлы проверяются по содержимому, а не по имени).");
        int newsId, imageId, mentorId, personId;
        await using (var db = app.NewDbContext())
        {
            var post = await db.News.SingleAsync();
            (newsId, imageId) = (post.Id, post.ImageFileId!.Value);
            var mentor = await db.Mentors.Where(m => m.Person!.OrganizationId == organization).OrderBy(m => m.Id).Select(m => new { m.Id, m.PersonId }).FirstAsync();
            (mentorId, personId) = (mentor.Id, mentor.PersonId);
        }
        var anonymous = Anonymous();
        var publicUrl = $"/nastavnichestvo/organization/{organization}";
        (await anonymous.GetAsync($"/nastavnichestvo/news/{newsId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/nastavnichestvo/files/{imageId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetStringAsync(publicUrl)).ShouldNotContain("Неделя наставничества");

        (await head.PostFormAsync(Publications, Publications + "?handler=PublishNews", new() { ["id"] = newsId.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var news = await anonymous.GetStringAsync($"/nastavnichestvo/news/{newsId}");
        news.ShouldContain("Неделя наставничества");
        news.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        news.ShouldNotContain("<script>alert(1)</script>");
        (await anonymous.GetByteArrayAsync($"/nastavnichestvo/files/{imageId}")).ShouldBe(png);

        // A best mentor: named by the head, shown only once he consents to publication.
        (await head.PostFormAsync(Publications, Publications + "?handler=Best", new() { ["mentorId"] = mentorId.ToString(), ["distinction"] = "Победитель конкурса «Наставник года — 2025»" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await anonymous.GetStringAsync(publicUrl)).ShouldNotContain("Наставник года — 2025");
        await using (var db = app.NewDbContext())
        {
            db.Consents.Add(new Consent { PersonId = personId, Purpose = Consent.PublicationPurpose, GivenOn = DateOnly.FromDateTime(DemoToday.Day) });
            await db.SaveChangesAsync();
        }
        var html = new HtmlParser().ParseDocument(await anonymous.GetStringAsync(publicUrl));
        html.QuerySelector("#public-mentors")!.TextContent.ShouldContain("Наставник года — 2025");
        html.QuerySelector("#public-news")!.TextContent.ShouldContain("Неделя наставничества");
        await using (var db = app.NewDbContext())
        {
            (await db.Consents.SingleAsync(c => c.PersonId == personId && c.Purpose == Consent.PublicationPurpose)).WithdrawnOn = DateOnly.FromDateTime(DemoToday.Day);
            await db.SaveChangesAsync();
        }
        (await anonymous.GetStringAsync(publicUrl)).ShouldNotContain("Наставник года — 2025");

        // The region's and the municipality's pages; unknown territories are 404.
        (await anonymous.GetAsync("/nastavnichestvo/organization/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/nastavnichestvo/practice/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var municipality = await anonymous.GetStringAsync(new HtmlParser().ParseDocument(await anonymous.GetStringAsync(publicUrl)).QuerySelectorAll(".breadcrumb a")[1].GetAttribute("href")!);
        municipality.ShouldContain($"/nastavnichestvo/organization/{organization}");
        (await anonymous.GetStringAsync("/nastavnichestvo?search=76")).ShouldContain($"/nastavnichestvo/organization/{organization}");
        (await anonymous.GetAsync("/Publications")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

public sealed class PublicPagesHttpTestsOnPostgres(PostgresApp app) : PublicPagesHttpTests<PostgresApp>(app);
public sealed class PublicPagesHttpTestsOnSqlite(SqliteApp app) : PublicPagesHttpTests<SqliteApp>(app);
