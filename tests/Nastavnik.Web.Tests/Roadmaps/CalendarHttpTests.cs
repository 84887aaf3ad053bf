using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Roadmaps;

/// <summary>Календарь сроков tells the truth: every deadline not met appears, however old, until it is done — roadmap
/// activities and program steps alike (it once said «Невыполненных сроков нет» beside 18 overdue activities).</summary>
public abstract class CalendarHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static List<string> Overdue(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("#overdue li").Select(li => li.TextContent).ToList();

    [Fact]
    public async Task EveryOverdueRoadmapActivityAppearsHoweverOld()
    {
        // The Tomsk regional roadmap over its own period 2020–2024: every due date is years old and none is met.
        var region = await app.LoginAsync("region");
        var preview = await RoadmapHttp.UploadAsync(region, "Томская область.docx", RoadmapHttp.Fixture("roadmap-000_86a2010b6c35da95.docx"));
        var save = await RoadmapHttp.PostPreviewAsync(region, "Save", RoadmapHttp.Fields(preview));
        save.StatusCode.ShouldBe(HttpStatusCode.Redirect, await save.Content.ReadAsStringAsync());
        var id = RoadmapHttp.IdOf(save);

        int open;
        DateOnly oldest;
        await using (var db = app.NewDbContext())
        {
            var today = db.Today;
            var dues = db.ActivityDueDates.Where(d => d.DoneOn == null && d.DueOn < today
                && db.RoadmapActivities.Any(a => a.Id == d.ActivityId && a.RoadmapId == id));
            open = await dues.CountAsync();
            oldest = await dues.MinAsync(d => d.DueOn);
        }
        open.ShouldBeGreaterThan(0);
        oldest.ShouldBeLessThan(DateOnly.FromDateTime(DemoToday.Day).AddYears(-1), "the test needs deadlines older than a year");

        var overdue = Overdue(await region.GetStringAsync("/Roadmaps/Calendar"));
        overdue.Count.ShouldBeGreaterThanOrEqualTo(open, "every unmet due date of the roadmap is listed");
        overdue.ShouldContain(t => t.Contains(oldest.ToString("dd.MM.yyyy")));
    }

    [Fact]
    public async Task AnOverdueProgramStepAppearsUntilItIsDone()
    {
        var (curator, programId) = await app.ProgramAsync(requiresPreparation: false);
        int stepId;
        string title;
        await using (var db = app.NewDbContext())
        {
            var step = await db.ProgramSteps.Where(s => s.ProgramId == programId).OrderBy(s => s.Number).FirstAsync();
            step.DueOn = db.Today.AddDays(-400);
            await db.SaveChangesAsync();
            (stepId, title) = (step.Id, step.Title);
        }
        var overdue = Overdue(await curator.GetStringAsync("/Roadmaps/Calendar"));
        overdue.ShouldContain(t => t.Contains(title) && t.Contains("Программа «"));

        await using (var db = app.NewDbContext())
        {
            var step = await db.ProgramSteps.SingleAsync(s => s.Id == stepId);
            step.DoneOn = db.Today;
            await db.SaveChangesAsync();
        }
        Overdue(await curator.GetStringAsync("/Roadmaps/Calendar")).ShouldNotContain(t => t.Contains(title) && t.Contains(DateOnly.FromDateTime(DemoToday.Day).AddDays(-400).ToString("dd.MM.yyyy")));
    }
}

public sealed class CalendarHttpTestsOnPostgres(PostgresApp app) : CalendarHttpTests<PostgresApp>(app);
public sealed class CalendarHttpTestsOnSqlite(SqliteApp app) : CalendarHttpTests<SqliteApp>(app);
