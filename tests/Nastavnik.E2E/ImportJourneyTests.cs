using Microsoft.Playwright;
using Shouldly;

namespace Nastavnik.E2E;

/// <summary>A curator loads the school's Excel list and watches the import run.</summary>
[Collection("Browser")]
public class ImportJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CuratorImportsTheSchoolsExcelFileAndSeesProgressAndTheResult()
    {
        var page = await app.LoginAsync("curator76");
        await page.GotoAsync("/Mentees");
        await page.GetByRole(AriaRole.Link, new() { Name = "Загрузить из файла" }).ClickAsync();
        await page.GetByLabel("Файл").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "teachers-school.xlsx"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Далее: сопоставить столбцы" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("teachers-school.xlsx");
        (await page.Locator("select[name='columns[1]']").InputValueAsync()).ShouldBe("FullName");
        await page.GetByRole(AriaRole.Button, new() { Name = "Проверить все строки" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-result")).ToContainTextAsync("Ошибок нет");
        await Assertions.Expect(page.Locator("#preview tbody tr")).ToHaveCountAsync(20);

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Загрузить \\d+ записей$") }).ClickAsync();
        await Assertions.Expect(page.Locator("#job-progress")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#job-result")).ToContainTextAsync("Загрузка завершена. Добавлено людей: 40", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#job-progress")).ToHaveAttributeAsync("aria-valuenow", "100");

        await page.GetByRole(AriaRole.Link, new() { Name = "К базе наставляемых" }).ClickAsync();
        await page.Locator("#q").FillAsync("teacher1@school7");
        await Assertions.Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#results tbody")).ToContainTextAsync("Смирнова Анна Николаевна");
    }
}
