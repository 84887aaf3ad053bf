using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Concurrency;

/// <summary>The record a case edits: its id (for reading it back) and the pages whose forms the two users opened.</summary>
public sealed record StaleTarget(int Id, string FirstPage, string SecondPage)
{
    public StaleTarget(int id, string page) : this(id, page, page) { }
}

/// <summary>One editable record kind: who edits it, how the record is made, which form edits it, the two users' changes,
/// and how the saved value is read back.</summary>
/// <param name="Form">CSS selector of the form (or of an element inside it), given the record's id.</param>
/// <param name="Edit">The n-th user's change (n = 1 saves first, n = 2 saves the stale form).</param>
/// <param name="Saved">What <paramref name="Read"/> gives once the first change is saved.</param>
public sealed record StaleFormCase(
    string Login,
    Func<AppFactory, HttpClient, Task<StaleTarget>> ArrangeAsync,
    Func<int, string> Form,
    Func<int, Dictionary<string, string>> Edit,
    Func<AppDbContext, int, Task<string?>> Read,
    string Saved,
    string Conflict = "уже изменил другой пользователь");

/// <summary>Optimistic concurrency on every editable record: two users open the same edit form, the first saves, the
/// second (now stale) save is refused with the Russian conflict message and the first change stays. One row per record
/// kind; <see cref="EveryStampedRecordHasAStaleFormCase"/> fails when a record with a concurrency stamp has no row here
/// and is not listed, with its reason, as not editable.</summary>
public abstract class StaleFormTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static string Today(int days = 0) => DemoToday.Day.AddDays(days).ToString("yyyy-MM-dd");

    public static readonly IReadOnlyDictionary<string, StaleFormCase> Cases = new Dictionary<string, StaleFormCase>
    {
        ["Mentee"] = new("curator76",
            async (app, _) =>
            {
                await using var db = app.NewDbContext();
                var id = await db.Mentees.Where(m => m.Person!.Organization!.Name.Contains(DemoData.School76)).OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync();
                return new(id, $"/Mentees/Edit/{id}");
            },
            _ => "input[name='Input.ConcurrencyStamp']",
            n => new() { ["Input.Request"] = $"Правка {n}" },
            async (db, id) => (await db.Mentees.SingleAsync(m => m.Id == id)).Request, "Правка 1"),

        ["Mentor"] = new("curator76",
            async (app, _) =>
            {
                await using var db = app.NewDbContext();
                var id = await db.Mentors.Where(m => m.Person!.Organization!.Name.Contains(DemoData.School76)).OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync();
                return new(id, $"/Mentors/Edit/{id}");
            },
            _ => "input[name='Input.ConcurrencyStamp']",
            n => new() { ["Input.Competences"] = $"Правка {n}" },
            async (db, id) => (await db.Mentors.SingleAsync(m => m.Id == id)).Competences, "Правка 1"),

        // A person in both bases: edited through the mentor form, then through a mentee form opened before that.
        ["Person"] = new("curator76",
            async (app, _) =>
            {
                await using var db = app.NewDbContext();
                var mentor = await db.Mentors.Where(m => m.Person!.Organization!.Name.Contains(DemoData.School76)).OrderBy(m => m.Id).FirstAsync();
                var mentee = new Mentee { PersonId = mentor.PersonId, Category = MenteeCategory.YoungSpecialist, IncludedOn = DateOnly.FromDateTime(DemoToday.Day) };
                db.Mentees.Add(mentee);
                await db.SaveChangesAsync();
                return new(mentor.PersonId, $"/Mentors/Edit/{mentor.Id}", $"/Mentees/Edit/{mentee.Id}");
            },
            _ => "input[name='Input.Person.ConcurrencyStamp']",
            n => new() { ["Input.Person.Position"] = $"Должность {n}" },
            async (db, id) => (await db.People.SingleAsync(p => p.Id == id)).Position, "Должность 1"),

        // The best-mentor mark is the mentor's too: its «remove» form carries the mentor's version.
        ["Mentor: лучший наставник"] = new("head76",
            async (app, client) =>
            {
                await using var db = app.NewDbContext();
                var id = await db.Mentors.Where(m => m.Person!.Organization!.Name.Contains(DemoData.School76) && m.Distinction == null && !m.IsArchived)
                    .OrderByDescending(m => m.Id).Skip(1).Select(m => m.Id).FirstAsync();
                (await client.PostFormAsync("/Publications", "/Publications?handler=Best", new() { ["mentorId"] = id.ToString(), ["distinction"] = "Отметка 0" }))
                    .StatusCode.ShouldBe(HttpStatusCode.Redirect);
                return new(id, "/Publications");
            },
            id => $"#best-{id}",
            n => n == 1 ? new() { ["distinction"] = "Отметка 1" } : new(),
            async (db, id) => (await db.Mentors.SingleAsync(m => m.Id == id)).Distinction, "Отметка 1"),

        ["Organization"] = new("region",
            async (app, _) =>
            {
                var id = await app.NewSchoolAsync($"МБОУ «СОШ № {Guid.NewGuid():N}» (две правки)");
                return new(id, $"/Territory/Organization/{id}");
            },
            _ => "input[name='Input.ConcurrencyStamp']",
            n => new() { ["Input.HeadName"] = $"Директор {n}" },
            async (db, id) => (await db.Organizations.SingleAsync(o => o.Id == id)).HeadName, "Директор 1"),

        ["Municipality"] = new("region",
            async (app, _) =>
            {
                await using var db = app.NewDbContext();
                var region = await db.Users.Where(u => u.UserName == "region").Select(u => u.RegionId!.Value).SingleAsync();
                var m = new Domain.Territory.Municipality { RegionId = region, Name = $"Район {Guid.NewGuid():N}" };
                db.Municipalities.Add(m);
                await db.SaveChangesAsync();
                return new(m.Id, $"/Territory/Municipality/{m.Id}");
            },
            _ => "input[name='Input.ConcurrencyStamp']",
            n => new() { ["Input.Kind"] = n == 1 ? "UrbanOkrug" : "Zato" },
            async (db, id) => (await db.Municipalities.SingleAsync(m => m.Id == id)).Kind.ToString(), "UrbanOkrug"),

        ["LocalActKind"] = new("region",
            async (app, client) =>
            {
                await client.GetStringAsync("/Publications/Kinds"); // the region's list is made on first sight
                await using var db = app.NewDbContext();
                var regionId = await db.Users.Where(u => u.UserName == "region").Select(u => u.RegionId!.Value).SingleAsync();
                return new(await db.LocalActKinds.Where(k => k.RegionId == regionId).OrderBy(k => k.SortOrder).Select(k => k.Id).FirstAsync(), "/Publications/Kinds");
            },
            _ => "#kinds-form",
            n => new() { ["newKind"] = $"Положение о наставничестве, редакция {n}" },
            async (db, id) =>
            {
                var region = await db.LocalActKinds.Where(k => k.Id == id).Select(k => k.RegionId).SingleAsync();
                return string.Join("; ", await db.LocalActKinds.Where(k => k.RegionId == region && k.Name.StartsWith("Положение о наставничестве, редакция")).Select(k => k.Name).ToListAsync());
            }, "Положение о наставничестве, редакция 1"),

        ["PracticeCase"] = new("curator76",
            async (app, client) =>
            {
                var organization = await app.OrganizationIdAsync(DemoData.School76);
                var created = await client.PostFormAsync("/Practices", "/Practices?handler=Create", new() { ["organizationId"] = organization.ToString(), ["title"] = "Кейс для проверки правок" });
                var edit = created.Headers.Location!.ToString();
                return new(int.Parse(edit.Split('/').Last()), edit);
            },
            _ => "#case-form",
            n => new() { ["Problem"] = $"Правка {n}" },
            async (db, id) => (await db.Cases.SingleAsync(c => c.Id == id)).Problem, "Правка 1"),

        ["MentoringEvent"] = new("seversk",
            async (_, client) =>
            {
                var created = await client.PostFormAsync("/Events", "/Events", new()
                {
                    ["Form.Kind"] = "Seminar", ["Form.Title"] = "Семинар для проверки правок", ["Form.StartsOn"] = Today(10), ["Form.Place"] = "Северск, ул. Ленина, 38",
                });
                var url = created.Headers.Location!.ToString();
                return new(int.Parse(url.Split('/').Last()), url);
            },
            _ => "form[action*='handler=Update']",
            n => new() { ["Form.Title"] = $"Семинар, правка {n}" },
            async (db, id) => (await db.Events.SingleAsync(e => e.Id == id)).Title, "Семинар, правка 1"),

        // A step's deadline is moved under the program's version: two curators moving it from stale pages do not overwrite each other.
        ["MentorshipProgram"] = new("curator76",
            async (app, client) =>
            {
                var created = await client.PostAsJsonAsync("/api/v1/programs", new
                {
                    organizationId = await app.OrganizationIdAsync(DemoData.School76), name = $"Программа для проверки правок {Guid.NewGuid():N}",
                    form = "TeacherTeacher", startsOn = "2026-09-01", endsOn = "2027-05-31", template = "School",
                });
                var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
                return new(id, $"/Programs/Details/{id}");
            },
            _ => "form[action*='handler=Reschedule']",
            n => new() { ["dueOn"] = n == 1 ? "2026-10-15" : "2026-11-20" },
            async (db, id) => (await db.ProgramSteps.SingleAsync(s => s.ProgramId == id && s.Number == 1)).DueOn.ToString("yyyy-MM-dd"), "2026-10-15"),

        ["ContestAssignment"] = new("head76", ContestAssignmentAsync,
            _ => "#score-form",
            n => new() { ["scores[0]"] = "5", ["comment"] = $"Оценка {n}" },
            async (db, id) => (await db.ContestAssignments.SingleAsync(a => a.Id == id)).Comment, "Оценка 1"),

        ["CampaignResponse"] = new("curator76",
            async (app, _) =>
            {
                var region = await app.LoginAsync("region");
                var open = await region.PostFormAsync("/Monitoring/Campaigns", "/Monitoring/Campaigns", new()
                {
                    ["title"] = "Мониторинг для проверки правок", ["kind"] = "Annual", ["year"] = DemoToday.Day.Year.ToString(), ["deadline"] = Today(10),
                });
                var campaignId = int.Parse(open.Headers.Location!.ToString().Split('/').Last());
                var organization = await app.OrganizationIdAsync(DemoData.School76);
                await using var db = app.NewDbContext();
                var id = await db.CampaignResponses.Where(r => r.CampaignId == campaignId && r.OrganizationId == organization).Select(r => r.Id).SingleAsync();
                return new(id, $"/Monitoring/Campaigns/Response/{id}");
            },
            _ => "#response-form",
            n => new() { ["answers[mentors]"] = (100 + n).ToString(), ["reasons[mentors]"] = $"Причина {n}", ["ready"] = "false" },
            async (db, id) => (await db.CampaignResponses.SingleAsync(r => r.Id == id)).Answers.GetValueOrDefault("mentors"), "101"),

        ["RegionMethodology"] = new("region",
            async (app, _) =>
            {
                await using var db = app.NewDbContext();
                return new(await db.Users.Where(u => u.UserName == "region").Select(u => u.RegionId!.Value).SingleAsync(), "/Monitoring/Effectiveness");
            },
            _ => "#methodology-form",
            n => new() { ["include[Mentors]"] = "true", ["weight[Mentors]"] = (2 + n).ToString(), ["scale[Mentors]"] = "10:1; 30:2" },
            async (db, regionId) => (await db.Methodologies.SingleAsync(m => m.RegionId == regionId)).Criteria.Single(c => c.Metric == Domain.Monitoring.MetricCode.Mentors).Weight.ToString(), "3"),

        ["Roadmap"] = new("seversk",
            async (_, client) =>
            {
                var id = await ImportRoadmapAsync(client);
                return new(id, $"/Roadmaps/Details/{id}");
            },
            _ => "#require-form",
            n => new() { ["requirement"] = "Organizations", ["template"] = n == 1 ? "School" : "College" },
            async (db, id) => (await db.Roadmaps.SingleAsync(r => r.Id == id)).ChildTemplate.ToString(), "School"),

        ["RoadmapActivity"] = new("seversk",
            async (app, client) =>
            {
                var roadmap = await ImportRoadmapAsync(client);
                await using var db = app.NewDbContext();
                var id = await db.RoadmapActivities.Where(a => a.RoadmapId == roadmap).OrderBy(a => a.Position).Select(a => a.Id).FirstAsync();
                return new(id, $"/Roadmaps/Details/{roadmap}");
            },
            id => $"#activity-form-{id}",
            n => new() { ["status"] = "InProgress", ["comment"] = $"Комментарий {n}" },
            async (db, id) => (await db.RoadmapActivities.SingleAsync(a => a.Id == id)).Comment, "Комментарий 1"),

        ["TerritoryTarget"] = new("region",
            async (app, _) =>
            {
                await using var db = app.NewDbContext();
                var region = await db.Regions.Where(r => r.Name == "Томская область").Select(r => r.Id).SingleAsync();
                var target = new Domain.Monitoring.TerritoryTarget
                {
                    RegionId = region, Level = Domain.Monitoring.MonitoringLevel.Region, TerritoryId = region,
                    Metric = Domain.Monitoring.MetricCode.Mentees, Year = 2035, Value = 100, Document = "Приказ № 1", SetBy = "тест", SetAt = DateTimeOffset.UtcNow
                };
                db.TerritoryTargets.Add(target);
                await db.SaveChangesAsync();
                return new(target.Id, "/Monitoring/Catalogue");
            },
            id => $"form[data-target='{id}']",
            n => new() { ["Value"] = (100 + n).ToString(), ["Document"] = $"Приказ № {n + 1}" },
            async (db, id) => (await db.TerritoryTargets.SingleAsync(t => t.Id == id)).Document, "Приказ № 2"),

        ["TrainingCourse"] = new("region",
            async (app, _) =>
            {
                await using var db = app.NewDbContext();
                var region = await db.Regions.Where(r => r.Name == "Томская область").Select(r => r.Id).SingleAsync();
                var course = Domain.Training.TrainingCourse.Create(region, null, null, new(Domain.Training.CourseKind.AdvancedTraining,
                    "Наставничество в школе", "ТОИПКРО", 36, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 20)));
                db.TrainingCourses.Add(course);
                await db.SaveChangesAsync();
                return new(course.Id, $"/Training/Edit/{course.Id}");
            },
            _ => "input[name='Input.ConcurrencyStamp']",
            n => new() { ["Input.Provider"] = $"Провайдер {n}" },
            async (db, id) => (await db.TrainingCourses.SingleAsync(c => c.Id == id)).Provider, "Провайдер 1"),

        ["ReportText"] = new("region",
            async (app, _) =>
            {
                await using var db = app.NewDbContext();
                var region = await db.Regions.Where(r => r.Name == "Томская область").Select(r => r.Id).SingleAsync();
                var text = new Domain.Reports.ReportText { RegionId = region, Level = Domain.Monitoring.MonitoringLevel.Region, TerritoryId = region, Year = db.Today.Year };
                text.Edit("Вывод", "Рекомендация", "тест", DateTimeOffset.UtcNow);
                db.ReportTexts.Add(text);
                await db.SaveChangesAsync();
                return new(text.Id, $"/Monitoring/Report?year={text.Year}");
            },
            _ => "input[name='stamp']",
            n => new() { ["conclusions"] = $"Вывод {n}", ["recommendations"] = "Рекомендация" },
            async (db, id) => (await db.ReportTexts.SingleAsync(t => t.Id == id)).Conclusions, "Вывод 1"),
    };

    /// <summary>Records with a concurrency stamp that no user edits through a form: each with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotEditable = new Dictionary<string, string>
    {
        ["Contest"] = "announced once; afterwards only stage transitions (review, results), each refused from the wrong stage",
        ["LocalAct"] = "a document is never edited: new versions are appended and a version is published or withdrawn",
        ["NewsPost"] = "created once; only published or withdrawn afterwards",
    };

    /// <summary>Records whose stale forms are proved by a test of their own (the arrangement is long), with that test.</summary>
    public static readonly IReadOnlyDictionary<string, string> ProvedElsewhere = new Dictionary<string, string>
    {
        ["MatchingRun"] = "ProgramMatchingTests: a draft's actions carry its stamp; «A form from before the re-run is refused, nothing changes» (message «Черновик подбора уже изменён»)",
    };

    public static TheoryData<string> Kinds() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ASecondSaveOfAStaleFormIsAConflictAndOverwritesNothing(string kind)
    {
        var c = Cases[kind];
        var client = await app.LoginAsync(c.Login);
        var target = await c.ArrangeAsync(app, client);
        var first = await FormAsync(client, target.FirstPage, c.Form(target.Id));
        var second = await FormAsync(client, target.SecondPage, c.Form(target.Id));
        second.Fields.Any(f => f.Key.Contains("stamp", StringComparison.OrdinalIgnoreCase) && Guid.TryParse(f.Value, out _))
            .ShouldBeTrue($"{kind}: the form does not carry the record's version");

        var saved = await PostAsync(client, first, c.Edit(1));
        saved.Response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{kind}: the first save failed: {saved.Html}");
        saved.Html.ShouldNotContain(c.Conflict);
        await using (var db = app.NewDbContext()) (await c.Read(db, target.Id)).ShouldBe(c.Saved, $"{kind}: the first save did not reach the database");

        var stale = await PostAsync(client, second, c.Edit(2));
        stale.Html.ShouldContain(c.Conflict, Case.Sensitive, $"{kind}: the stale save was not refused");
        await using (var db = app.NewDbContext()) (await c.Read(db, target.Id)).ShouldBe(c.Saved, $"{kind}: the stale save overwrote the first");
    }

    [Fact]
    public async Task EveryStampedRecordHasAStaleFormCase()
    {
        await using var db = app.NewDbContext();
        var stamped = db.Model.GetEntityTypes().Where(ConcurrencyStamps.IsStamped).Select(t => t.ClrType.Name).ToHashSet();
        var cases = Cases.Keys.Select(k => k.Split(':')[0]).Distinct().ToList(); // "Mentor: …" — another form of the same record
        stamped.Where(t => !cases.Contains(t) && !NotEditable.ContainsKey(t) && !ProvedElsewhere.ContainsKey(t))
            .ShouldBeEmpty("a record with a concurrency stamp needs a row in StaleFormTests.Cases (or, if no form edits it, in NotEditable with the reason)");
        cases.Concat(NotEditable.Keys).Concat(ProvedElsewhere.Keys).GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        NotEditable.Keys.Concat(ProvedElsewhere.Keys).Where(k => !stamped.Contains(k)).ShouldBeEmpty("listed but has no concurrency stamp");
        cases.Where(k => !stamped.Contains(k)).ShouldBeEmpty("a stale-form case for a record without a concurrency stamp: add the stamp");
    }

    private sealed record OpenedForm(string Action, List<KeyValuePair<string, string>> Fields);

    /// <summary>The fields of a form as a browser would post them, with the form's (or the page's) antiforgery token.</summary>
    private static async Task<OpenedForm> FormAsync(HttpClient client, string pageUrl, string selector)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(pageUrl));
        var hit = page.QuerySelector(selector).ShouldNotBeNull($"{selector} is not on {pageUrl}");
        var form = (hit as IHtmlFormElement ?? hit.Closest("form") as IHtmlFormElement).ShouldNotBeNull($"{selector} is not in a form on {pageUrl}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (element.HasAttribute("disabled")) continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "file" or "submit" or "button":
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    if (!select.IsMultiple && !select.Options.Any(o => o.IsSelected) && select.Options.Length > 0) fields.Add(new(name, select.Options[0].Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }
        if (fields.All(f => f.Key != "__RequestVerificationToken"))
            fields.Add(new("__RequestVerificationToken", AuthenticatedClient.Antiforgery(page.DocumentElement.OuterHtml)));
        var action = form.GetAttribute("action");
        return new(string.IsNullOrEmpty(action) ? pageUrl : action, fields);
    }

    /// <summary>Posts the form with the changes; a redirect is followed, as the browser shows the message after it.</summary>
    private static async Task<(HttpResponseMessage Response, string Html)> PostAsync(HttpClient client, OpenedForm form, Dictionary<string, string> changes)
    {
        var fields = form.Fields.Where(f => !changes.ContainsKey(f.Key)).Concat(changes).ToList();
        var response = await client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
        var html = response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetStringAsync(response.Headers.Location!)
            : await response.Content.ReadAsStringAsync();
        return (response, html);
    }

    private static async Task<int> ImportRoadmapAsync(HttpClient client)
    {
        var preview = await RoadmapHttp.UploadAsync(client, "Дорожная карта Иркутской области.docx", RoadmapHttp.Fixture("roadmap-004_281dcb6361331b8a.docx"));
        var save = await RoadmapHttp.PostPreviewAsync(client, "Save", RoadmapHttp.Fields(preview));
        return RoadmapHttp.IdOf(save);
    }

    /// <summary>A contest in review with one application of Tomsk's school 2 assigned to the head of school 76.</summary>
    private static async Task<StaleTarget> ContestAssignmentAsync(AppFactory app, HttpClient head)
    {
        var region = await app.LoginAsync("region");
        var created = await region.PostFormAsync("/Contests", "/Contests", new()
        {
            ["title"] = "Конкурс для проверки правок", ["year"] = DemoToday.Day.Year.ToString(), ["applicationsUntil"] = Today(20),
            ["nominations"] = "Лучший педагог-наставник", ["criteria"] = "Уникальность; 10; 1",
        });
        var url = created.Headers.Location!.ToString();
        var contestId = int.Parse(url.Split('/').Last());
        var school2 = await app.LoginAsync("curator2");
        (await school2.PostFormAsync(url, url + "?handler=Apply", new() { ["nomination"] = "Лучший педагог-наставник", ["title"] = "Клуб молодого учителя" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await region.PostFormAsync(url, url + "?handler=Expert", new() { ["login"] = "head76" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await region.PostFormAsync(url, url + "?handler=AssignAll", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await region.PostFormAsync(url, url + "?handler=Review", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var id = await db.ContestAssignments.Where(a => a.ContestId == contestId).Select(a => a.Id).SingleAsync();
        var score = new HtmlParser().ParseDocument(await head.GetStringAsync(url)).QuerySelector("#my-assignments a").ShouldNotBeNull().GetAttribute("href")!;
        return new(id, score);
    }
}

public sealed class StaleFormTestsOnPostgres(PostgresApp app) : StaleFormTests<PostgresApp>(app);
public sealed class StaleFormTestsOnSqlite(SqliteApp app) : StaleFormTests<SqliteApp>(app);
