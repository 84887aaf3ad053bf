using Microsoft.Playwright;

namespace Nastavnik.E2E;

/// <summary>A municipal coordinator loads the region's roadmap from Word, corrects a row in the preview, saves it,
/// reports an actual with its evidence and sees the deviation from the target.</summary>
[Collection("Browser")]
public class RoadmapJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CoordinatorImportsAWordRoadmapCorrectsARowReportsAnActualAndSeesTheDeviation()
    {
        var page = await app.LoginAsync("seversk");
        await page.GetByRole(AriaRole.Link, new() { Name = "Дорожные карты" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Загрузить дорожную карту" }).ClickAsync();
        await page.GetByLabel("Файл дорожной карты").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Roadmaps", "roadmap-004_281dcb6361331b8a.docx"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Загрузить и проверить" }).ClickAsync();

        await Assertions.Expect(page.Locator("#preview-summary")).ToContainTextAsync("мероприятий: 25");
        var bank = page.Locator("tr[data-activity='3.4.']");
        await Assertions.Expect(bank.Locator("[data-role=dates]")).ToContainTextAsync("31.12.2021");

        // The curator corrects the deadline of 3.4 and re-checks before saving.
        await bank.GetByLabel("Сроки").FillAsync("До 01.12.2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "Проверить исправления" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-activity='3.4.'] [data-role=dates]")).ToHaveTextAsync("Сроки: 01.12.2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить дорожную карту" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("мероприятий — 25");

        // The registry of mentors: 500 records planned for 2021, 450 reported with the registry extract.
        var mentors = page.Locator("tr[data-activity]").Filter(new() { HasText = "Ведение реестра наставников" });
        await mentors.GetByText("Внести факт").ClickAsync();
        await mentors.GetByLabel("Год").SelectOptionAsync("2021");
        await mentors.GetByLabel("Факт", new() { Exact = true }).FillAsync("450");
        await mentors.GetByLabel("Подтверждение").FillAsync("Выписка из реестра наставников на 31.12.2021");
        await mentors.GetByRole(AriaRole.Button, new() { Name = "Записать" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Фактическое значение записано");
        var year = page.Locator("tr[data-activity]").Filter(new() { HasText = "Ведение реестра наставников" }).Locator("tr[data-year='2021']");
        await Assertions.Expect(year).ToContainTextAsync("-10 %");
        await Assertions.Expect(year.Locator("[data-role=state]")).ToContainTextAsync("не достигнут");
        await Assertions.Expect(year).ToContainTextAsync("Выписка из реестра наставников на 31.12.2021");
        await Assertions.Expect(page.Locator("tr[data-activity]").Filter(new() { HasText = "Формирование банка успешных практик" })).ToContainTextAsync("01.12.2021");
    }
}
