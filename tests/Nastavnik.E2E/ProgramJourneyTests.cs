using Microsoft.Playwright;

namespace Nastavnik.E2E;

/// <summary>A curator starts a program and records the first step of its roadmap.</summary>
[Collection("Browser")]
public class ProgramJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CuratorCreatesAProgramAndMarksTheFirstStepDoneWithEvidence()
    {
        var page = await app.LoginAsync("curator76");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Программы наставничества");
        await page.GetByRole(AriaRole.Link, new() { Name = "Новая программа" }).ClickAsync();
        await page.GetByLabel("Название программы").FillAsync("Адаптация молодых педагогов 2026/27");
        await page.GetByRole(AriaRole.Button, new() { Name = "Создать программу" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("дорожная карта из 34 шагов");
        await Assertions.Expect(page.Locator("#current-stage")).ToHaveTextAsync("Подготовка и информирование");

        var first = page.Locator("tr[data-step='1']");
        await first.GetByText("Отметить выполнение").ClickAsync();
        await first.GetByLabel("Что сделано").FillAsync("Педсовет, протокол № 3");
        await first.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Шаг отмечен выполненным");
        await Assertions.Expect(page.Locator("tr[data-step='1']")).ToContainTextAsync("Педсовет, протокол № 3");
        await Assertions.Expect(page.Locator(".progress-bar").First).ToContainTextAsync("2 %");

        // A step of the pairing stage cannot be done yet.
        var pairing = page.Locator("tr[data-step='19']");
        await pairing.GetByText("Отметить выполнение").ClickAsync();
        await pairing.GetByLabel("Что сделано").FillAsync("Приказ о закреплении пар");
        await pairing.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.Locator("#step-error")).ToContainTextAsync("Сначала завершите этап «Подготовка и информирование»");
    }
}
