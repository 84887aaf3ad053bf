using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nastavnik.Web.Data;
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
        // The names (the first column is the checkbox for a bulk invitation).
        var rows = await page.Locator("#results tbody tr td a[href^='/Mentees/Details/']").AllInnerTextsAsync();
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

    [Fact]
    public async Task AStoredScriptIsShownAsTextAndNeverRuns()
    {
        const string attack = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">";
        int id;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var mentee = await db.Mentees.Where(m => m.Person!.Organization!.Name.Contains("СОШ № 76")).OrderByDescending(m => m.Id).FirstAsync();
            mentee.Request = attack;
            await db.SaveChangesAsync();
            id = mentee.Id;
        }
        var page = await app.LoginAsync("curator76");
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.GotoAsync($"/Mentees/Details/{id}");

        // Shown as the very characters typed, not as markup, and nothing of it executed.
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(attack);
        (await page.EvaluateAsync<bool>("() => window.__xss === undefined")).ShouldBeTrue();
        (await page.Locator("main img[src=x]").CountAsync()).ShouldBe(0);
        dialogs.ShouldBe(0);
    }
}
