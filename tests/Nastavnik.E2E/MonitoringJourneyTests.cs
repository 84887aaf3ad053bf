using Microsoft.Playwright;

namespace Nastavnik.E2E;

/// <summary>The region opens a monitoring campaign, a school fills its form, the municipality sends it up, and the region
/// downloads the analytic report.</summary>
[Collection("Browser")]
public class MonitoringJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task RegionOpensACampaignSchoolFillsMunicipalitySubmitsRegionDownloadsTheReport()
    {
        var region = await app.LoginAsync("region");
        await region.GetByRole(AriaRole.Link, new() { Name = "Мониторинг", Exact = true }).ClickAsync();
        await region.Locator("#campaigns-link").ClickAsync();
        await region.GetByLabel("Название").FillAsync("Ежегодный мониторинг наставничества");
        await region.GetByRole(AriaRole.Button, new() { Name = "Открыть" }).ClickAsync();
        await Assertions.Expect(region.GetByRole(AriaRole.Status)).ToContainTextAsync("Мониторинг открыт");
        var campaignUrl = region.Url;

        var school = await app.LoginAsync("curator76");
        await school.GotoAsync(campaignUrl);
        await Assertions.Expect(school.Locator("#response-form")).ToBeVisibleAsync();
        await school.GetByLabel("На сайте есть раздел").SelectOptionAsync("да");
        await school.GetByLabel("Проведено мероприятий").FillAsync("3");
        await school.GetByLabel("Участников этих мероприятий").FillAsync("45");
        await school.GetByLabel("Педагоги участвовали в конкурсах").SelectOptionAsync("нет");
        await school.GetByRole(AriaRole.Button, new() { Name = "Отправить на проверку в муниципалитет" }).ClickAsync();
        await Assertions.Expect(school.Locator("#response-status")).ToHaveTextAsync("заполнено, на проверке в муниципалитете");

        var municipality = await app.LoginAsync("seversk");
        await municipality.GotoAsync(campaignUrl);
        await Assertions.Expect(municipality.Locator("#responses")).ToContainTextAsync("на проверке в муниципалитете");
        await municipality.GetByRole(AriaRole.Button, new() { Name = "Отправить заполненные в регион" }).ClickAsync();
        await Assertions.Expect(municipality.GetByRole(AriaRole.Status)).ToContainTextAsync("Отправлено в регион ответов: 1");

        await region.GotoAsync(campaignUrl);
        await Assertions.Expect(region.Locator("#completion tr").Filter(new() { HasText = "ЗАТО Северск" }).Locator("[data-role=submitted]")).ToContainTextAsync("1 из");
        await region.GotoAsync("/Monitoring");
        await Assertions.Expect(region.Locator("[data-metric=EventsHeld] [data-role=value]")).ToHaveTextAsync("3");
        await region.Locator("#report-link").ClickAsync();
        await Assertions.Expect(region.Locator("h1")).ToContainTextAsync("Аналитический отчёт");
        var download = await region.RunAndWaitForDownloadAsync(() => region.Locator("#report-docx").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".docx");
        await download.SaveAsAsync(path);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false))
            Assert.Contains("Выводы", word.MainDocumentPart!.Document.Body!.InnerText);
        File.Delete(path);
    }
}
