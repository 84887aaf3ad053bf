using Microsoft.Playwright;

namespace Nastavnik.E2E;

/// <summary>A school publishes its Положение and a practice; an anonymous visitor finds both on the school's public page;
/// a juror scores a contest application.</summary>
[Collection("Browser")]
public class PublicationJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task ASchoolPublishesItsPolozhenieAndAPracticeAndAnAnonymousVisitorFindsBoth()
    {
        var head = await app.LoginAsync("head76");
        await head.GetByRole(AriaRole.Link, new() { Name = "Сайт и документы" }).ClickAsync();
        await head.GetByText("Добавить документ").ClickAsync();
        await head.GetByLabel("Вид").SelectOptionAsync(new SelectOptionValue { Label = "Положение о наставничестве (обязательный)" });
        await head.GetByLabel("Название документа").FillAsync("Положение о наставничестве МБОУ СОШ № 76");
        await head.GetByLabel("Номер").FillAsync("45-о");
        await head.GetByLabel("Файл").SetInputFilesAsync(new FilePayload { Name = "polozhenie.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 Положение"u8.ToArray() });
        await head.GetByRole(AriaRole.Button, new() { Name = "Сохранить документ" }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Status)).ToContainTextAsync("Документ добавлен");
        await head.Locator("#acts").GetByRole(AriaRole.Button, new() { Name = "Опубликовать" }).ClickAsync();
        await Assertions.Expect(head.Locator("#acts")).ToContainTextAsync("опубликована");

        await head.GetByRole(AriaRole.Link, new() { Name = "Банк практик" }).ClickAsync();
        await head.GetByText("Внести практику").ClickAsync();
        await head.GetByLabel("Название практики").FillAsync("Педагогическая мастерская для молодых учителей");
        await head.GetByRole(AriaRole.Button, new() { Name = "Создать" }).ClickAsync();
        await head.GetByLabel("Проблема (запрос)").FillAsync("Молодым учителям не хватает опыта работы с классом");
        await head.GetByLabel("Описание практики").FillAsync("Еженедельная мастерская: наставник показывает приёмы, молодой учитель пробует их на уроке");
        await head.GetByLabel("Результаты").FillAsync("Все шесть молодых учителей провели открытые уроки");
        await head.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Опубликовать в банке практик" }).ClickAsync();
        await Assertions.Expect(head.Locator("#case")).ToContainTextAsync("опубликован");

        // Anonymous, on a phone-sized screen: finds the school and both publications.
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "ru-RU", ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var visitor = await context.NewPageAsync();
        await visitor.GotoAsync("/nastavnichestvo");
        await visitor.GetByLabel("Поиск организации").FillAsync("СОШ № 76");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        await visitor.Locator("#found a").First.ClickAsync();
        await Assertions.Expect(visitor.Locator("#public-acts")).ToContainTextAsync("Положение о наставничестве МБОУ СОШ № 76");
        await Assertions.Expect(visitor.Locator("#public-acts")).ToContainTextAsync("№ 45-о");
        await visitor.Locator("#public-practices").GetByRole(AriaRole.Link, new() { Name = "Педагогическая мастерская для молодых учителей" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("#case")).ToContainTextAsync("Все шесть молодых учителей провели открытые уроки");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { Name = "Выйти" })).ToHaveCountAsync(0);
        await context.CloseAsync();
    }

    [Fact]
    public async Task AJurorScoresAContestApplication()
    {
        var region = await app.LoginAsync("region");
        await region.GotoAsync("/Contests");
        await region.GetByText("Объявить конкурс").ClickAsync();
        await region.GetByLabel("Название конкурса").FillAsync("Лучшие практики наставничества");
        await region.GetByRole(AriaRole.Button, new() { Name = "Объявить" }).ClickAsync();
        await Assertions.Expect(region.GetByRole(AriaRole.Status)).ToContainTextAsync("Конкурс объявлен");
        var contestUrl = region.Url;

        var school = await app.LoginAsync("curator2");
        await school.GotoAsync(contestUrl);
        await school.GetByText("Подать заявку").ClickAsync();
        await school.GetByLabel("Название работы (практики)").FillAsync("Клуб молодого учителя");
        await school.GetByRole(AriaRole.Button, new() { Name = "Подать", Exact = true }).ClickAsync();
        await Assertions.Expect(school.Locator("#applications")).ToContainTextAsync("Клуб молодого учителя");

        await region.GotoAsync(contestUrl);
        await region.GetByLabel("Логин эксперта").FillAsync("head76");
        await region.GetByRole(AriaRole.Button, new() { Name = "Добавить в жюри" }).ClickAsync();
        await region.GetByRole(AriaRole.Button, new() { Name = "Распределить заявки между экспертами (без заявок своей организации)" }).ClickAsync();
        await region.GetByRole(AriaRole.Button, new() { Name = "Закрыть приём заявок и начать экспертизу" }).ClickAsync();
        await Assertions.Expect(region.Locator("#contest-stage")).ToContainTextAsync("экспертиза");

        var juror = await app.LoginAsync("head76");
        await juror.GotoAsync("/Contests");
        await juror.Locator("#contests").GetByRole(AriaRole.Link, new() { Name = "Лучшие практики наставничества" }).ClickAsync();
        await juror.Locator("#my-assignments").GetByRole(AriaRole.Link, new() { Name = "Клуб молодого учителя" }).ClickAsync();
        await juror.GetByLabel("Уникальность практики").FillAsync("9");
        await juror.GetByLabel("Результативность и практическая значимость").FillAsync("8");
        await juror.GetByLabel("Возможность тиражирования").FillAsync("10");
        await juror.GetByRole(AriaRole.Button, new() { Name = "Сохранить оценку" }).ClickAsync();
        await Assertions.Expect(juror.GetByRole(AriaRole.Status)).ToContainTextAsync("Оценка сохранена");
        await Assertions.Expect(juror.Locator("#score-total")).ToContainTextAsync("35 из 40"); // 9 + 8·2 + 10

        await region.GotoAsync(contestUrl);
        await Assertions.Expect(region.Locator("#ranking")).ToContainTextAsync("35");
    }
}
