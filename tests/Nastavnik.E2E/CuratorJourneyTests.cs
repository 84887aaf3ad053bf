using Microsoft.Playwright;
using Shouldly;

namespace Nastavnik.E2E;

/// <summary>A school curator's daily work in a real browser.</summary>
[Collection("Browser")]
public class CuratorJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CuratorFindsAMenteeBySearchAsYouTypeAndEditsHim()
    {
        var page = await app.LoginAsync("curator76");
        await page.GotoAsync("/Mentees");
        var firstName = await page.Locator("#results tbody tr td a").First.InnerTextAsync();
        var prefix = firstName.Split(' ')[0][..4];

        // Type part of the surname in lower case: the table updates without a page load.
        await page.Locator("#q").PressSequentiallyAsync(prefix.ToLowerInvariant(), new() { Delay = 50 });
        // The address follows the search, but the surname (personal data) is in it only encrypted.
        await page.WaitForURLAsync(url => url.Contains("qs="));
        Uri.UnescapeDataString(page.Url).ShouldNotContain(prefix.ToLowerInvariant());
        await Assertions.Expect(page.Locator("#results tbody tr").First).ToContainTextAsync(prefix);
        var rows = await page.Locator("#results tbody tr td:first-child").AllInnerTextsAsync();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.Contains(prefix, StringComparison.OrdinalIgnoreCase));

        await page.Locator("#results tbody tr td a", new() { HasText = firstName }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Изменить" }).ClickAsync();
        await page.GetByLabel("Телефон").FillAsync("+7 (913) 000-11-22");
        await page.GetByLabel("Запрос наставляемого").FillAsync("Подготовка к аттестации на первую категорию");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("сохранены");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("+7 (913) 000-11-22");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Подготовка к аттестации на первую категорию");
    }
}
