using System.Diagnostics;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nastavnik.Web.Data;

namespace Nastavnik.E2E;

/// <summary>A whole program, stage by stage, as the curator, the mentor, the mentee and the mentee's parent do it in the browser:
/// create → mentor trained → minor's consent by the parent → pair → order DOCX → questionnaire before → meetings and plan →
/// feedback → satisfaction and the second assessment → completion → results → case published in the practice bank.</summary>
[Collection("Browser")]
public class WholeProgramJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task AProgramGoesFromCreationToAPublishedCase()
    {
        var (mentorId, menteeId, menteeName) = await DemoPairAsync();
        var curator = await app.LoginAsync("curator76");

        // 1. The program, with mentors required to be trained and interviewed.
        await curator.GotoAsync("/Programs/Create");
        await curator.GetByLabel("Название программы").FillAsync("Ученик — учитель: путь в профессию");
        await curator.GetByLabel("Цели и задачи").FillAsync("Поддержать ученика в выборе педагогической профессии");
        // The demo mentee is a pupil: the form must admit pupils as mentees (seed 003).
        await curator.GetByLabel("Форма наставничества").SelectOptionAsync(new SelectOptionValue { Label = "педагог – ученик" });
        await curator.GetByRole(AriaRole.Button, new() { Name = "Создать программу" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("дорожная карта из 34 шагов");
        var programUrl = new Uri(curator.Url).AbsolutePath;

        // 2. The mentor passes training and the interview.
        await curator.GotoAsync($"/Mentors/Details/{mentorId}");
        var prep = curator.Locator("#preparation-form");
        await prep.GetByLabel("Что").SelectOptionAsync(new SelectOptionValue { Label = "обучение наставника" });
        await prep.GetByLabel("Программа обучения / заключение").FillAsync("Школа наставника, 36 ч");
        await prep.GetByRole(AriaRole.Button, new() { Name = "Записать" }).ClickAsync();
        await curator.Locator("#preparation-form").GetByLabel("Что").SelectOptionAsync(new SelectOptionValue { Label = "собеседование" });
        await curator.Locator("#preparation-form").GetByRole(AriaRole.Button, new() { Name = "Записать" }).ClickAsync();
        await Assertions.Expect(curator.Locator("#training-status")).ToHaveTextAsync("пройдено");
        await Assertions.Expect(curator.Locator("#interview-status")).ToHaveTextAsync("пройдено");

        // 3. The mentee is a minor: his mother gives the consent by a link, from her phone.
        await curator.GotoAsync($"/Mentees/Details/{menteeId}");
        await curator.GetByRole(AriaRole.Button, new() { Name = "Ссылка для родителя (законного представителя)" }).ClickAsync();
        var link = (await curator.Locator("#consent-link").TextContentAsync())!.Trim();
        await app.ParentGivesConsentAsync(link, "Родителева Мария Петровна");
        await curator.ReloadAsync();
        await Assertions.Expect(curator.Locator("section[aria-labelledby='consents-title']")).ToContainTextAsync("Родителева Мария Петровна");

        // 4. The pair, fixed by the head's order; the order is a Word document.
        await curator.GotoAsync(programUrl);
        await curator.Locator("#pair-mentor").SelectOptionAsync(mentorId.ToString());
        await curator.Locator("#pair-mentee").SelectOptionAsync(menteeId.ToString());
        await curator.GetByRole(AriaRole.Button, new() { Name = "Добавить пару" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("Пара добавлена");
        await curator.Locator("#order-number").FillAsync("17-од");
        await curator.GetByRole(AriaRole.Button, new() { Name = "Закрепить пары приказом" }).ClickAsync();
        await Assertions.Expect(curator.Locator("#pairs")).ToContainTextAsync("закреплена приказом");
        var download = await curator.RunAndWaitForDownloadAsync(() => curator.Locator("#pairs").GetByRole(AriaRole.Link, new() { Name = "№ 17-од" }).ClickAsync());
        var docx = Path.Combine(Path.GetTempPath(), $"order-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(docx);
        using (var zip = ZipFile.OpenRead(docx))
        using (var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open()))
            Assert.Contains(menteeName.Split(' ')[0], await reader.ReadToEndAsync());
        ConvertWithLibreOfficeIfInstalled(docx);

        // 5. The assessment before the program: the mentee finds it on his start page.
        await CreateProgramQuestionnaireAsync(curator, programUrl, "Оценка по заданным параметрам (до и после программы)");
        var assessmentUrl = curator.Url;
        var mentee = await app.LoginAsync("mentee76");
        await AnswerFirstQuestionnaireAsync(mentee, 3);

        // 6. The mentor keeps the pair's work: the first meeting, a task of the development plan, the final meeting.
        var mentor = await app.LoginAsync("mentor76");
        await mentor.Locator(".my-pair a").First.ClickAsync();
        await mentor.Locator("#meeting-form").GetByRole(AriaRole.Button, new() { Name = "Сохранить встречу" }).ClickAsync();
        await Assertions.Expect(mentor.Locator("#meetings")).ToContainTextAsync("первая, организационная");
        await mentor.GetByLabel("Новая задача").FillAsync("Провести классный час для младших");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Добавить задачу" }).ClickAsync();
        await Assertions.Expect(mentor.Locator("#plan")).ToContainTextAsync("Провести классный час для младших");
        await mentor.GetByText("Записать встречу").ClickAsync();
        await mentor.Locator("#m-kind").SelectOptionAsync(new SelectOptionValue { Label = "заключительная" });
        await mentor.Locator("#meeting-form").GetByRole(AriaRole.Button, new() { Name = "Сохранить встречу" }).ClickAsync();
        await Assertions.Expect(mentor.Locator("#meetings")).ToContainTextAsync("заключительная");

        // 7. The mentee gives feedback on the pair.
        await mentee.GotoAsync("/");
        await mentee.Locator(".my-pair a").First.ClickAsync();
        await mentee.Locator("label[for='rate5']").ClickAsync();
        await mentee.GetByLabel("Комментарий").FillAsync("Понравилось вести классный час");
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Отправить отзыв" }).ClickAsync();
        await Assertions.Expect(mentee.Locator("#feedback")).ToContainTextAsync("Понравилось вести классный час");

        // 8. The satisfaction survey and the second assessment, both answered by the mentee.
        await CreateProgramQuestionnaireAsync(curator, programUrl, "Личная удовлетворённость участием в программе");
        await curator.GotoAsync(assessmentUrl);
        await curator.GetByRole(AriaRole.Button, new() { Name = "Создать ссылки участникам" }).ClickAsync();
        await AnswerFirstQuestionnaireAsync(mentee, 5);
        await AnswerFirstQuestionnaireAsync(mentee, 7);

        // 9. The pair completes; the program shows its results.
        await curator.GotoAsync(programUrl);
        await curator.Locator("#pairs").GetByRole(AriaRole.Link).First.ClickAsync();
        await curator.GetByRole(AriaRole.Button, new() { Name = "Завершить работу пары (после заключительной встречи)" }).ClickAsync();
        await Assertions.Expect(curator.Locator("#pair-status")).ToContainTextAsync("программа завершена");
        await curator.GotoAsync(programUrl);
        await Assertions.Expect(curator.Locator("#completed-pairs")).ToHaveTextAsync("1");
        await Assertions.Expect(curator.Locator("#satisfaction")).ToContainTextAsync("5,0 из 10");
        await Assertions.Expect(curator.Locator("#pair-changes")).ToContainTextAsync("+4,00");

        // 10. The case, written from the program and published to the practice bank.
        await curator.GetByRole(AriaRole.Button, new() { Name = "Написать кейс по итогам программы" }).ClickAsync();
        await Assertions.Expect(curator.GetByLabel("Проблема (запрос)")).ToHaveValueAsync("Поддержать ученика в выборе педагогической профессии");
        await curator.GetByLabel("Результаты").FillAsync("Ученик провёл классный час, оценка по всем параметрам выросла на 4 балла");
        await curator.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await curator.GetByRole(AriaRole.Button, new() { Name = "Отправить на проверку" }).ClickAsync();
        await Assertions.Expect(curator.Locator("#case-status")).ToHaveTextAsync("на проверке");
        // The head of the school reviews and publishes it.
        var head = await app.LoginAsync("head76");
        await head.GotoAsync(curator.Url);
        await head.GetByRole(AriaRole.Button, new() { Name = "Опубликовать в банке практик" }).ClickAsync();
        await Assertions.Expect(head.Locator("#case")).ToContainTextAsync("оценка по всем параметрам выросла");
        var other = await app.LoginAsync("curator2");
        await other.GotoAsync("/Practices");
        await Assertions.Expect(other.Locator("#cases")).ToContainTextAsync("Ученик — учитель: путь в профессию");
    }

    private async Task<(int MentorId, int MenteeId, string MenteeName)> DemoPairAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mentorPerson = await db.Users.Where(u => u.UserName == "mentor76").Select(u => u.PersonId).SingleAsync();
        var menteePerson = await db.Users.Where(u => u.UserName == "mentee76").Select(u => u.PersonId).SingleAsync();
        var mentor = await db.Mentors.Where(m => m.PersonId == mentorPerson).Select(m => m.Id).SingleAsync();
        var mentee = await db.Mentees.Where(m => m.PersonId == menteePerson).Select(m => new { m.Id, Name = m.Person!.LastName + " " + m.Person.FirstName }).SingleAsync();
        return (mentor, mentee.Id, mentee.Name);
    }

    private static async Task CreateProgramQuestionnaireAsync(IPage curator, string programUrl, string kind)
    {
        await curator.GotoAsync(programUrl);
        await curator.Locator("#pq-kind").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await curator.GetByRole(AriaRole.Button, new() { Name = "Создать для программы" }).ClickAsync();
        await curator.GetByRole(AriaRole.Button, new() { Name = "Создать ссылки участникам" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("Ссылки созданы");
    }

    /// <summary>Opens the first questionnaire waiting on the start page and answers every scale question with the score (text questions in words).</summary>
    private static async Task AnswerFirstQuestionnaireAsync(IPage mentee, int score)
    {
        await mentee.GotoAsync("/");
        await mentee.Locator("#my-questionnaires button").First.ClickAsync();
        foreach (var radio in await mentee.Locator("input.btn-check[value='1']").AllAsync())
        {
            var key = await radio.GetAttributeAsync("name");
            var wanted = mentee.Locator($"label[for='{key}_{score}']");
            if (await wanted.CountAsync() == 0) wanted = mentee.Locator($"label[for='{key}_5']");
            await wanted.ClickAsync();
        }
        foreach (var text in await mentee.Locator("textarea").AllAsync()) await text.FillAsync("Всё понравилось");
        foreach (var group in await mentee.Locator("fieldset:has(input[type=radio]:not(.btn-check))").AllAsync()) await group.Locator("input[type=radio]").First.CheckAsync();
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Отправить ответы" }).ClickAsync();
        await Assertions.Expect(mentee.Locator("#thanks")).ToBeVisibleAsync();
    }

    /// <summary>The order must open in a real office suite where one is installed (CI machines may not have it).</summary>
    private static void ConvertWithLibreOfficeIfInstalled(string docx)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
        if (soffice is null) return;
        var outDir = Path.GetDirectoryName(docx)!;
        using var process = Process.Start(new ProcessStartInfo(soffice, ["--headless", "--convert-to", "pdf", "--outdir", outDir, docx]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.WaitForExit(120_000);
        Assert.True(File.Exists(Path.ChangeExtension(docx, ".pdf")), "LibreOffice could not open the order");
    }
}
