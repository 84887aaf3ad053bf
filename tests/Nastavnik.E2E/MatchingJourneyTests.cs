using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Nastavnik.E2E;

/// <summary>A curator matches the school's mentees and mentors for a new program, changes one pair by hand and approves.</summary>
[Collection("Browser")]
public partial class MatchingJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CuratorRunsMatchingAdjustsOnePairAndApprovesThePairsIntoTheProgram()
    {
        var page = await app.LoginAsync("curator76");
        await page.GotoAsync("/Programs/Create");
        await page.GetByLabel("Название программы").FillAsync("Подбор пар 2026/27");
        await page.GetByRole(AriaRole.Button, new() { Name = "Создать программу" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Подобрать пары по критериям" }).ClickAsync();
        await Assertions.Expect(page.Locator("#no-draft")).ToBeVisibleAsync();

        // The weights are editable; the run goes in the background and the page follows it.
        await page.GetByLabel("Общий предмет").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Подобрать пары" }).ClickAsync();
        await Assertions.Expect(page.Locator("#matching-summary")).ToBeVisibleAsync();
        var paired = int.Parse(await page.Locator("#paired-count").TextContentAsync() ?? "0");
        Assert.True(paired > 0, "the demo school has mentors and mentees with consent: some pairs must be proposed");
        await Assertions.Expect(page.GetByLabel("Общий предмет")).ToHaveValueAsync("20");

        // The score of the first pair, broken down by criterion.
        var first = page.Locator("#proposals > tbody > tr").Filter(new() { Has = page.Locator("[data-role=assign]") }).First;
        var proposal = await first.GetAttributeAsync("data-proposal");
        await first.Locator("[data-role=score]").ClickAsync();
        await Assertions.Expect(first.Locator("details")).ToContainTextAsync("Компетенции наставника закрывают дефициты наставляемого");

        // Another mentor for this mentee: the chosen one, locked.
        var option = await first.Locator("select[name=mentorId] option").Last.TextContentAsync() ?? "";
        var chosen = MentorName().Match(option).Groups[1].Value.Trim();
        await first.Locator("select[name=mentorId]").SelectOptionAsync(new SelectOptionValue { Label = option });
        await first.GetByRole(AriaRole.Button, new() { Name = "Заменить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Наставник заменён");
        var row = page.Locator($"tr[data-proposal='{proposal}']");
        await Assertions.Expect(row.Locator("[data-role=mentor]")).ToHaveTextAsync(chosen);
        await Assertions.Expect(row).ToContainTextAsync("закреплена");

        // Approve: the pairs are the program's, waiting for the head's order.
        paired = int.Parse(await page.Locator("#paired-count").TextContentAsync() ?? "0");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Утвердить пары ({paired})" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Пары из подбора добавлены в программу: {paired}");
        await Assertions.Expect(page.Locator("#pairs-title .badge")).ToHaveTextAsync(paired.ToString());
        await Assertions.Expect(page.Locator("#pairs")).ToContainTextAsync(chosen);
        await Assertions.Expect(page.Locator("#pairs")).ToContainTextAsync("предложена");
    }

    /// <summary>An option reads «Фамилия Имя Отчество — 55», with « (обмен)» when the choice swaps two pairs.</summary>
    [GeneratedRegex("^(.*) — \\d+( \\(обмен\\))?$")]
    private static partial Regex MentorName();
}
