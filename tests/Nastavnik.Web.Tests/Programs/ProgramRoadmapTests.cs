using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Programs;

/// <summary>A program gets the sample roadmap, advances stage by stage with evidence, and shows what is overdue.</summary>
public abstract class ProgramRoadmapTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<(HttpClient Client, JsonElement Program)> CreateAsync(string template, DateTime start, DateTime end, string login = "curator76")
    {
        var client = await app.LoginAsync(login);
        var org = await app.OrganizationIdAsync(login == "curator76" ? DemoData.School76 : DemoData.School2Tomsk);
        var response = await client.PostAsJsonAsync("/api/v1/programs", new
        {
            organizationId = org, name = $"Программа «Учитель – учителю» {Guid.NewGuid():N}", form = "TeacherTeacher", format = "OneToOne",
            modelElement = "Adaptation", startsOn = start.ToString("yyyy-MM-dd"), endsOn = end.ToString("yyyy-MM-dd"), template,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (client, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task ASchoolProgramGetsThe34StepsOfTheSampleRoadmapWithinItsPeriod()
    {
        var start = new DateTime(2026, 9, 1);
        var (_, program) = await CreateAsync("School", start, new DateTime(2027, 5, 31));
        var steps = program.GetProperty("steps").EnumerateArray().ToList();
        steps.Count.ShouldBe(34);
        steps[0].GetProperty("title").GetString()!.ShouldStartWith("Информирование педагогического сообщества");
        steps[^1].GetProperty("title").GetString()!.ShouldStartWith("Внесение данных об итогах");
        steps.Select(s => DateOnly.Parse(s.GetProperty("dueOn").GetString()!)).ShouldAllBe(d => d >= new DateOnly(2026, 9, 1) && d <= new DateOnly(2027, 5, 31));
        program.GetProperty("currentStage").GetString().ShouldBe("Preparation");
        program.GetProperty("progressPercent").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task ACollegeProgramGetsTheTenStepRoadmap()
    {
        var (_, program) = await CreateAsync("College", new DateTime(2026, 9, 1), new DateTime(2027, 6, 30));
        program.GetProperty("steps").GetArrayLength().ShouldBe(10);
    }

    [Fact]
    public async Task StepsOfALaterStageCannotBeDoneBeforeTheEarlierStagesAndNeedEvidence()
    {
        var (client, program) = await CreateAsync("School", DemoToday.Day.AddDays(-30), DemoToday.Day.AddMonths(8));
        var id = program.GetProperty("id").GetInt32();
        var steps = program.GetProperty("steps").EnumerateArray().ToList();
        int Step(int number) => steps.Single(s => s.GetProperty("number").GetInt32() == number).GetProperty("id").GetInt32();
        var today = DemoToday.Day.ToString("yyyy-MM-dd");

        var pairsFirst = await client.PostAsJsonAsync($"/api/v1/programs/{id}/steps/{Step(19)}/complete", new { doneOn = today, evidence = "Приказ № 12" });
        pairsFirst.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await pairsFirst.Content.ReadAsStringAsync()).ShouldContain("Сначала завершите этап «Подготовка и информирование»");

        var noEvidence = await client.PostAsJsonAsync($"/api/v1/programs/{id}/steps/{Step(1)}/complete", new { doneOn = today });
        noEvidence.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noEvidence.Content.ReadAsStringAsync()).ShouldContain("Укажите подтверждение");

        JsonElement after = default;
        foreach (var n in new[] { 1, 2, 3, 4 })
        {
            var ok = await client.PostAsJsonAsync($"/api/v1/programs/{id}/steps/{Step(n)}/complete", new { doneOn = today, evidence = $"Протокол собрания № {n}" });
            ok.StatusCode.ShouldBe(HttpStatusCode.OK);
            after = await ok.Content.ReadFromJsonAsync<JsonElement>();
        }
        after.GetProperty("currentStage").GetString().ShouldBe("MenteeBase");
        after.GetProperty("status").GetString().ShouldBe("Active");
        after.GetProperty("progressPercent").GetInt32().ShouldBe(4 * 100 / 34);
    }

    [Fact]
    public async Task TheProgramsPageShowsStageProgressAndOverdueSteps()
    {
        // Started five months ago and nothing done: the early steps are overdue.
        var (client, program) = await CreateAsync("School", DemoToday.Day.AddMonths(-5), DemoToday.Day.AddMonths(4));
        var expectedOverdue = program.GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("overdue").GetBoolean());
        expectedOverdue.ShouldBeGreaterThan(0);
        var list = await client.GetStringAsync("/Programs");
        list.ShouldContain(program.GetProperty("name").GetString()!);
        list.ShouldContain($"<span class=\"badge bg-danger\">{expectedOverdue}</span>");
        var page = await client.GetStringAsync($"/Programs/Details/{program.GetProperty("id").GetInt32()}");
        page.ShouldContain($"<div class=\"fs-5 text-danger\" id=\"overdue\">{expectedOverdue}</div>");
        page.ShouldContain("Подготовка и информирование");
    }

    [Fact]
    public async Task AStepIsRescheduledOnlyWithinTheProgramAndNeverToAnEmptyDate()
    {
        var (client, program) = await CreateAsync("School", new DateTime(2026, 9, 1), new DateTime(2027, 5, 31));
        var id = program.GetProperty("id").GetInt32();
        var step = program.GetProperty("steps")[0];
        var stepId = step.GetProperty("id").GetInt32();
        var due = step.GetProperty("dueOn").GetString();
        async Task<string> DueOnAsync() => (await client.GetFromJsonAsync<JsonElement>($"/api/v1/programs/{id}")).GetProperty("steps")[0].GetProperty("dueOn").GetString()!;

        var empty = await RescheduleAsync(client, id, stepId, "");
        empty.ShouldContain("Укажите новый срок шага 1");
        (await DueOnAsync()).ShouldBe(due, "an empty date changed the deadline");
        (await RescheduleAsync(client, id, stepId, "31.02.2027")).ShouldContain("Укажите новый срок шага 1");
        var early = await RescheduleAsync(client, id, stepId, "2026-08-31");
        early.ShouldContain("Срок шага должен быть в пределах программы");
        early.ShouldContain("value=\"2026-08-31\"", Case.Sensitive, "the refused date the curator typed is shown again");
        (await RescheduleAsync(client, id, stepId, "2031-01-01")).ShouldContain("Срок шага должен быть в пределах программы");
        (await DueOnAsync()).ShouldBe(due, "a deadline outside the program was saved");

        (await RescheduleAsync(client, id, stepId, "2026-10-15")).ShouldContain("Срок шага изменён.");
        (await DueOnAsync()).ShouldBe("2026-10-15");
    }

    /// <summary>Posts the step's «Перенести срок» form as the page renders it (with whatever hidden fields it carries) and
    /// returns the page shown after it.</summary>
    private static async Task<string> RescheduleAsync(HttpClient client, int programId, int stepId, string dueOn)
    {
        var url = $"/Programs/Details/{programId}";
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync(url))
            .QuerySelector($"form[action*='handler=Reschedule'][action$='stepId={stepId}']").ShouldNotBeNull();
        var fields = form.QuerySelectorAll("input[name]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Where(f => f.Key != "dueOn").Append(new("dueOn", dueOn));
        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
        return WebUtility.HtmlDecode(response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetStringAsync(response.Headers.Location)
            : await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AProgramOfAnotherSchoolDoesNotExistForACurator()
    {
        var (_, foreign) = await CreateAsync("School", new DateTime(2026, 9, 1), new DateTime(2027, 5, 31), login: "curator2");
        var id = foreign.GetProperty("id").GetInt32();
        var stepId = foreign.GetProperty("steps")[0].GetProperty("id").GetInt32();
        var curator = await app.LoginAsync("curator76");
        (await curator.GetAsync($"/api/v1/programs/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await curator.GetAsync($"/Programs/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await curator.PostAsJsonAsync($"/api/v1/programs/{id}/steps/{stepId}/complete", new { doneOn = "2026-09-02", evidence = "чужое" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await curator.GetStringAsync("/Programs")).ShouldNotContain(foreign.GetProperty("name").GetString()!);
    }
}

public sealed class ProgramRoadmapTestsOnPostgres(PostgresApp app) : ProgramRoadmapTests<PostgresApp>(app);
public sealed class ProgramRoadmapTestsOnSqlite(SqliteApp app) : ProgramRoadmapTests<SqliteApp>(app);
